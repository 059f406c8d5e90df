import anthropic

client = anthropic.Anthropic()


def d4_comentario_spam(comentario: str):
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=3,
        temperature=0,
        messages=[{"role": "user", "content": f"Comentario:\n{comentario}\n\n¿Es spam? Responde solo: spam o normal."}],
    )
    return message.content[0].text.strip()
