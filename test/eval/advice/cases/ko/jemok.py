import anthropic

client = anthropic.Anthropic()


def jemok(daehwa: str):
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=20,
        temperature=0.3,
        system="대화 내용을 요약하는 제목을 15자 이내로 붙이세요.",
        messages=[{"role": "user", "content": daehwa}],
    )
    return message.content[0].text.strip()
