from langchain_openai import ChatOpenAI
from langchain_core.prompts import ChatPromptTemplate

llm = ChatOpenAI(model="gpt-4o", max_tokens=6, temperature=0)

prompt = ChatPromptTemplate.from_messages(
    [
        ("human", "A train leaves at {departure} travelling at {speed} km/h; a second train leaves the same station 40 minutes later at 1.25 times the speed. After how many minutes from the first departure does the second catch up? Answer with the number only."),
    ]
)
chain = prompt | llm


def word_problem_number(departure: str, speed: str):
    result = chain.invoke(
        {"departure": departure, "speed": speed}
    )
    return result.content.strip()
