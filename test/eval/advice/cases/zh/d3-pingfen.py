import anthropic

client = anthropic.Anthropic()


def d3_pingfen(pinglun: str):
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=1,
        temperature=0,
        messages=[{"role": "user", "content": f"评论：{pinglun}\n\n这位顾客会打几星（1到5）？只回答数字。"}],
    )
    return message.content[0].text.strip()
