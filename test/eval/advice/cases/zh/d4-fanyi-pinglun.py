import anthropic

client = anthropic.Anthropic()


def d4_fanyi_pinglun(pinglun: str):
    message = client.messages.create(
        model="claude-opus-4-1-20250805",
        max_tokens=40,
        temperature=0.2,
        messages=[{"role": "user", "content": f"把这条评论翻译成英文，一句话：\n{pinglun}"}],
    )
    return message.content[0].text.strip()
