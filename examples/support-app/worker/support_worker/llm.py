from langchain_anthropic import ChatAnthropic
from langchain_openai import ChatOpenAI


def get_llm(settings: dict):
    """The chat model for a workflow, as configured per tenant."""
    if settings["provider"] == "anthropic":
        return ChatAnthropic(model=settings["model"], temperature=0)
    return ChatOpenAI(model=settings["model"], temperature=0)
