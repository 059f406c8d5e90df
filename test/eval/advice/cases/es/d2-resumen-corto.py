import anthropic

client = anthropic.Anthropic()


def d2_resumen_corto(reclamacion: str):
    message = client.messages.create(
        model="claude-opus-4-1-20250805",
        max_tokens=25,
        temperature=0.2,
        messages=[{"role": "user", "content": f"Resume en una frase de menos de quince palabras esta reclamación:\n{reclamacion}"}],
    )
    return message.content[0].text.strip()
