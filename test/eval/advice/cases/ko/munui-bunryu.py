from openai import OpenAI

client = OpenAI()


def munui_bunryu(munui: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "system", "content": "고객 문의를 다음 중 하나로 분류하세요: 결제, 배송, 반품, 계정, 기타. 카테고리 이름만 출력하세요."},
            {"role": "user", "content": munui},
        ],
        max_tokens=4,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
