import anthropic

client = anthropic.Anthropic()


def d3_ninzuu(gijiroku: str):
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=2,
        temperature=0,
        messages=[{"role": "user", "content": f"議事録：\n{gijiroku}\n\n出席者は何人ですか？数字だけで答えてください。"}],
    )
    return message.content[0].text.strip()
