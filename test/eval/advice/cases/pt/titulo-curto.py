import anthropic

client = anthropic.Anthropic()


def titulo_curto(conversa: str):
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=16,
        temperature=0.3,
        system="Crie um título de no máximo seis palavras para a conversa.",
        messages=[{"role": "user", "content": conversa}],
    )
    return message.content[0].text.strip()
