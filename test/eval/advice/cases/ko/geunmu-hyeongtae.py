from langchain_openai import ChatOpenAI
from langchain_core.prompts import ChatPromptTemplate

llm = ChatOpenAI(model="gpt-4o", max_tokens=4, temperature=0)

prompt = ChatPromptTemplate.from_messages(
    [
        ("human", "채용 공고의 근무지: \"{geunmuji}\"\n재택, 하이브리드, 출근 중 하나로 답하세요."),
    ]
)
chain = prompt | llm


def geunmu_hyeongtae(geunmuji: str):
    result = chain.invoke(
        {"geunmuji": geunmuji}
    )
    return result.content.strip()
