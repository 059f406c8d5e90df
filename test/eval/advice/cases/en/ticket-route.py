import anthropic

client = anthropic.Anthropic()


def ticket_route(subject: str, body: str):
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=4,
        temperature=0,
        system="Route support tickets. Queues: billing, shipping, returns, account, other. Respond with the queue name.",
        messages=[{"role": "user", "content": f"Subject: {subject}\n\n{body}"}],
    )
    return message.content[0].text.strip()
