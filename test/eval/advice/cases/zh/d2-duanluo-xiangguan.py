import anthropic

client = anthropic.Anthropic()


def d2_duanluo_xiangguan(chaxun: str, duanluo: str):
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=2,
        temperature=0,
        messages=[{"role": "user", "content": f"查询：{chaxun}\n段落：{duanluo}\n\n这个段落和查询相关吗？只回答\"是\"或\"否\"。"}],
    )
    return message.content[0].text.strip()
