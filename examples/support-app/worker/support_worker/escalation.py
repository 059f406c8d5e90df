from langchain_core.prompts import ChatPromptTemplate
from pydantic import BaseModel, Field

from .llm import get_llm


class Escalation(BaseModel):
    escalate: bool = Field(description="true when a human lead must look at the ticket today")
    reason: str = Field(description="one sentence")


ESCALATION_PROMPT = ChatPromptTemplate.from_messages([
    ("system", "You decide whether a support ticket must be escalated to a team lead today. "
               "Escalate legal threats, data loss, security reports and customers on the Enterprise plan "
               "who have waited more than four hours."),
    ("human", "Plan: {plan}\nWaiting: {hours} hours\n\n{ticket}"),
])


def should_escalate(settings: dict, plan: str, hours: float, ticket: str) -> Escalation:
    """Checked every 15 minutes for each open ticket."""
    chain = ESCALATION_PROMPT | get_llm(settings).with_structured_output(Escalation)
    return chain.invoke({"plan": plan, "hours": hours, "ticket": ticket})
