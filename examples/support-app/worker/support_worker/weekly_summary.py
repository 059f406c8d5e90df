from anthropic import Anthropic

from .settings import SUMMARY_MODEL

client = Anthropic()

SUMMARY_PROMPT = (
    "Summarise the resolved ticket below for the weekly support report: the problem, the fix, "
    "and whether a bug was filed. Three sentences at most.\n\nTicket:\n{ticket}"
)


def summarise_week(tickets: list[str]) -> list[str]:
    """Runs every Monday over last week's resolved tickets."""
    summaries = []
    for ticket in tickets:
        message = client.messages.create(
            model=SUMMARY_MODEL,
            max_tokens=300,
            messages=[{"role": "user", "content": SUMMARY_PROMPT.replace("{ticket}", ticket)}],
        )
        summaries.append(message.content[0].text)
    return summaries
