import anthropic

client = anthropic.Anthropic()


def d3_zadacha_skorost(uslovie: str):
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=3,
        temperature=0,
        messages=[{"role": "user", "content": f"Условие:\n{uslovie}\n\nЧерез сколько часов катер догонит баржу? Ответь только числом."}],
    )
    return message.content[0].text.strip()
