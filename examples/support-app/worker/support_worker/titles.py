from openai import OpenAI

from .settings import TITLE_MODEL

client = OpenAI()

TITLE_TOOL = {
    "type": "function",
    "function": {
        "name": "generate_title",
        "description": "A short title for the ticket list, 2-5 words.",
        "parameters": {
            "type": "object",
            "properties": {"title": {"type": "string"}},
            "required": ["title"],
        },
    },
}


def title_for(subject: str, body: str) -> str:
    """Names a ticket for the inbox list."""
    # spendlens: 42000/month (one per new ticket)
    response = client.chat.completions.create(
        model=TITLE_MODEL,
        messages=[
            {"role": "system", "content": "You name support tickets for an inbox list."},
            {"role": "user", "content": f"Subject: {subject}\n\n{body}"},
        ],
        tools=[TITLE_TOOL],
        tool_choice={"type": "function", "function": {"name": "generate_title"}},
    )
    return response.choices[0].message.tool_calls[0].function.arguments
