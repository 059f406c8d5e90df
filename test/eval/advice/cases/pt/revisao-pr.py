from langchain_google_genai import ChatGoogleGenerativeAI
from langchain_core.prompts import ChatPromptTemplate

llm = ChatGoogleGenerativeAI(model="gemini-2.5-pro", max_output_tokens=3, temperature=0)

prompt = ChatPromptTemplate.from_messages(
    [
        ("human", "Analise o diff e diga se há bug de concorrência. Responda APROVAR ou REJEITAR.\n\n{diff}"),
    ]
)
chain = prompt | llm


def revisao_pr(diff: str):
    result = chain.invoke(
        {"diff": diff}
    )
    return result.content.strip()
