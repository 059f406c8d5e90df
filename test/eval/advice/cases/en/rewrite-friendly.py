import anthropic

client = anthropic.Anthropic()


def rewrite_friendly(draft: str):
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=300,
        temperature=0.7,
        messages=[{"role": "user", "content": f"Rewrite this message so it sounds warmer but keeps every fact:\n\n{draft}"}],
    )
    return message.content[0].text.strip()
