import anthropic

client = anthropic.Anthropic()


def slogan_cinque(prodotto: str):
    message = client.messages.create(
        model="claude-opus-4-1-20250805",
        max_tokens=16,
        temperature=0.8,
        messages=[{"role": "user", "content": f"Scrivi uno slogan di cinque parole per: {prodotto}"}],
    )
    return message.content[0].text.strip()
