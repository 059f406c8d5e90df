from openai import OpenAI

client = OpenAI()


def d4_yueon_yuhyo(yueonjang: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"유언장:\n{yueonjang}\n\n이 유언장은 한국 민법상 유효합니까? 예 또는 아니오로만 답하세요."},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
