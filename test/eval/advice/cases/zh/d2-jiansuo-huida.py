import anthropic

client = anthropic.Anthropic()


def d2_jiansuo_huida(ziliao: str, yonghu: str):
    message = client.messages.create(
        model="claude-opus-4-1-20250805",
        max_tokens=150,
        temperature=0.2,
        system="只根据下面检索到的资料回答用户的问题。如果资料里没有答案，请直接说明。",
        messages=[{"role": "user", "content": f"检索到的资料：\n{ziliao}\n\n用户：{yonghu}"}],
    )
    return message.content[0].text.strip()
