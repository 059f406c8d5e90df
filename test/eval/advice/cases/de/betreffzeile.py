import anthropic

client = anthropic.Anthropic()


def betreffzeile(nachricht: str):
    message = client.messages.create(
        model="claude-opus-4-1-20250805",
        max_tokens=20,
        temperature=0.5,
        messages=[{"role": "user", "content": f"Formuliere eine Betreffzeile (max. 8 Wörter) für diese Nachricht:\n{nachricht}"}],
    )
    return message.content[0].text.strip()
