import anthropic

client = anthropic.Anthropic()


def slogan(merk: str, soort: str):
    message = client.messages.create(
        model="claude-opus-4-1-20250805",
        max_tokens=16,
        temperature=0.9,
        messages=[{"role": "user", "content": f"Bedenk een slogan van vijf woorden voor {merk}, een {soort}."}],
    )
    return message.content[0].text.strip()
