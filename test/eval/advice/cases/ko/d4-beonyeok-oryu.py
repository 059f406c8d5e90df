import anthropic

client = anthropic.Anthropic()


def d4_beonyeok_oryu(wonmun: str, beonyeokmun: str):
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=2,
        temperature=0,
        messages=[{"role": "user", "content": f"원문:\n{wonmun}\n\n번역문:\n{beonyeokmun}\n\n번역문에 의미 오류가 있습니까? 예 또는 아니오로만 답하세요."}],
    )
    return message.content[0].text.strip()
