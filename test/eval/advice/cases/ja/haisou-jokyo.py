from langchain_google_genai import ChatGoogleGenerativeAI
from langchain_core.prompts import ChatPromptTemplate

llm = ChatGoogleGenerativeAI(model="gemini-2.5-pro", max_output_tokens=5, temperature=0)

prompt = ChatPromptTemplate.from_messages(
    [
        ("human", "配送業者からの通知：{tsuchi}\n状態を「配送中」「配達済み」「遅延」「返送」のいずれかで答えてください。"),
    ]
)
chain = prompt | llm


def haisou_jokyo(tsuchi: str):
    result = chain.invoke(
        {"tsuchi": tsuchi}
    )
    return result.content.strip()
