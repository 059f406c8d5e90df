import anthropic

client = anthropic.Anthropic()


def d4_turno_cedo(turnos: str):
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=2,
        temperature=0,
        messages=[{"role": "user", "content": f"Turnos:\n{turnos}\n\nQual turno começa mais cedo? Responda apenas com a letra."}],
    )
    return message.content[0].text.strip()
