import anthropic

client = anthropic.Anthropic()


def d4_shishi_hecha(shuofa: str):
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=4,
        temperature=0,
        messages=[{"role": "user", "content": f"说法：{shuofa}\n\n这个说法符合事实吗？只回答：真、假 或 无法判断。"}],
    )
    return message.content[0].text.strip()
