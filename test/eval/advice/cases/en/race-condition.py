from langchain_anthropic import ChatAnthropic
from langchain_core.prompts import ChatPromptTemplate
from pydantic import BaseModel

llm = ChatAnthropic(model="claude-opus-4-1-20250805", max_tokens=40, temperature=0)

class RaceCondition(BaseModel):
    hasRace: bool
    line: int

prompt = ChatPromptTemplate.from_messages(
    [
        ("human", "Does this Go code have a data race? Consider every goroutine.\n\n{source}"),
    ]
)
chain = prompt | llm.with_structured_output(RaceCondition)


def race_condition(source: str):
    result = chain.invoke(
        {"source": source}
    )
    return result
