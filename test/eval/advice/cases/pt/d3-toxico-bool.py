import anthropic

client = anthropic.Anthropic()


def d3_toxico_bool(comentario: str):
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=2,
        temperature=0,
        messages=[{"role": "user", "content": f"Comentário: {comentario}\n\nEste comentário é ofensivo? Responda true ou false."}],
    )
    return message.content[0].text.strip()
