import anthropic

client = anthropic.Anthropic()


def d4_nakladnaya_korobki(nakladnaya: str):
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=4,
        temperature=0,
        messages=[{"role": "user", "content": f"Накладная:\n{nakladnaya}\n\nСколько коробок указано в накладной? Ответь только числом."}],
    )
    return message.content[0].text.strip()
