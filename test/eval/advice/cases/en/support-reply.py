import anthropic

client = anthropic.Anthropic()


def support_reply(message: str, history: list[dict]):
    message = client.messages.create(
        model="claude-opus-4-1-20250805",
        max_tokens=400,
        temperature=0.4,
        system="You are the support assistant for Parcelly, a shipping app. Be friendly and concise. Never promise refunds.",
        messages=[*history, {"role": "user", "content": message}],
    )
    return message.content[0].text.strip()
