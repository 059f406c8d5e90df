from langchain_google_genai import ChatGoogleGenerativeAI
from langchain_core.prompts import ChatPromptTemplate

llm = ChatGoogleGenerativeAI(model="gemini-2.5-pro", max_output_tokens=60, temperature=0.2)

prompt = ChatPromptTemplate.from_messages(
    [
        ("human", "Vat deze klacht samen in één zin voor de overdracht:\n{klacht}"),
    ]
)
chain = prompt | llm


def korte_samenvatting(klacht: str):
    result = chain.invoke(
        {"klacht": klacht}
    )
    return result.content.strip()
