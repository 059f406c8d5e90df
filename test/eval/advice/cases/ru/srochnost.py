import anthropic

client = anthropic.Anthropic()


def srochnost(soobshchenie: str):
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=3,
        temperature=0,
        system="Оцени срочность сообщения одним словом: низкая, средняя, высокая, критическая.",
        messages=[{"role": "user", "content": soobshchenie}],
    )
    return message.content[0].text.strip()
