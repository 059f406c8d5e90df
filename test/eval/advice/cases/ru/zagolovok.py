import anthropic

client = anthropic.Anthropic()


def zagolovok(zametka: str):
    message = client.messages.create(
        model="claude-opus-4-1-20250805",
        max_tokens=20,
        temperature=0.4,
        messages=[{"role": "user", "content": f"Придумай заголовок не длиннее шести слов для этой заметки:\n{zametka}"}],
    )
    return message.content[0].text.strip()
