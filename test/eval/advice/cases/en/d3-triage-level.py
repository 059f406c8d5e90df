from langchain_anthropic import ChatAnthropic
from langchain_core.prompts import ChatPromptTemplate
from typing import Literal

from pydantic import BaseModel

llm = ChatAnthropic(model="claude-opus-4-1-20250805", temperature=0)

class D3TriageLevel(BaseModel):
    triage: Literal["resuscitation", "emergent", "urgent", "less_urgent", "non_urgent"]

prompt = ChatPromptTemplate.from_messages(
    [
        ("system", "You assist nurses at the emergency department intake."),
        ("human", "Patient presentation:\n{presentation}"),
    ]
)
chain = prompt | llm.with_structured_output(D3TriageLevel)


def d3_triage_level(presentation: str):
    result = chain.invoke(
        {"presentation": presentation}
    )
    return result
