import anthropic

client = anthropic.Anthropic()


def d4_rebyu_youyaku(rebyu: str):
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=40,
        temperature=0.2,
        messages=[{"role": "user", "content": f"次のレビューを一文で要約してください：\n{rebyu}"}],
    )
    return message.content[0].text.strip()
