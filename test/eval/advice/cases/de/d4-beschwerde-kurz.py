import anthropic

client = anthropic.Anthropic()


def d4_beschwerde_kurz(beschwerde: str):
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=30,
        temperature=0.2,
        messages=[{"role": "user", "content": f"Fasse diese Kundenbeschwerde in höchstens 15 Wörtern zusammen:\n{beschwerde}"}],
    )
    return message.content[0].text.strip()
