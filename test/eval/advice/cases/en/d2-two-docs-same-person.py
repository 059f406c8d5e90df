from langchain_openai import ChatOpenAI
from langchain_core.prompts import ChatPromptTemplate

llm = ChatOpenAI(model="gpt-4o", max_tokens=2, temperature=0)

prompt = ChatPromptTemplate.from_messages(
    [
        ("human", "Press release:\n{press_release}\n\nBoard minutes:\n{board_minutes}\n\nWas the executive who announced the acquisition in the press release present at the board meeting that approved it? Answer yes or no."),
    ]
)
chain = prompt | llm


def d2_two_docs_same_person(press_release: str, board_minutes: str):
    result = chain.invoke(
        {"press_release": press_release, "board_minutes": board_minutes}
    )
    return result.content.strip()
