import anthropic

client = anthropic.Anthropic()


def d3_samenvatting_kort(klacht: str):
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=15,
        temperature=0.3,
        messages=[{"role": "user", "content": f"Klacht:\n{klacht}\n\nVat de klacht samen in maximaal zes woorden."}],
    )
    return message.content[0].text.strip()
