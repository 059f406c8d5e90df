from openai import OpenAI

client = OpenAI()


def d2_yoyak_jjalbeun(sangdam: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"다음 상담 내용을 한 문장으로 요약하세요:\n{sangdam}"},
        ],
        max_tokens=30,
        temperature=0.2,
    )
    return completion.choices[0].message.content.strip()
