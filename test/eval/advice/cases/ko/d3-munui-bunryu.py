from openai import OpenAI

client = OpenAI()


def d3_munui_bunryu(munui: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"고객 문의:\n{munui}\n\n다음 중 하나로만 답하세요: 결제, 배송, 교환, 기타."},
        ],
        max_tokens=4,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
