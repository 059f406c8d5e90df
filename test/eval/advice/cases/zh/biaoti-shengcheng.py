import anthropic

client = anthropic.Anthropic()


def biaoti_shengcheng(duihua: str):
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=20,
        temperature=0.3,
        messages=[{"role": "user", "content": f"为下面的对话起一个不超过十个字的标题：\n{duihua}"}],
    )
    return message.content[0].text.strip()
