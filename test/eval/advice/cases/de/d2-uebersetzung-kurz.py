import anthropic

client = anthropic.Anthropic()


def d2_uebersetzung_kurz(nachricht: str):
    message = client.messages.create(
        model="claude-opus-4-1-20250805",
        max_tokens=40,
        temperature=0.2,
        messages=[{"role": "user", "content": f"Übersetze die Nachricht ins Englische, im gleichen Ton:\n{nachricht}"}],
    )
    return message.content[0].text.strip()
