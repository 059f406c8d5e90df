import anthropic

client = anthropic.Anthropic()


def titulo_conversacion(conversacion: str):
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=16,
        temperature=0.3,
        system="Pon un título de máximo seis palabras a la conversación. Sin comillas.",
        messages=[{"role": "user", "content": conversacion}],
    )
    return message.content[0].text.strip()
