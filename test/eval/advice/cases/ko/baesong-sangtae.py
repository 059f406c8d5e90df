from langchain_google_genai import ChatGoogleGenerativeAI
from langchain_core.prompts import ChatPromptTemplate

llm = ChatGoogleGenerativeAI(model="gemini-2.5-pro", max_output_tokens=4, temperature=0)

prompt = ChatPromptTemplate.from_messages(
    [
        ("human", "택배사 알림: {allim}\n상태를 배송 중, 배송 완료, 지연, 반송 중 하나로 답하세요."),
    ]
)
chain = prompt | llm


def baesong_sangtae(allim: str):
    result = chain.invoke(
        {"allim": allim}
    )
    return result.content.strip()
