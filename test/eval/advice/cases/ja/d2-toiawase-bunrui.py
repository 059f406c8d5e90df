from openai import OpenAI

client = OpenAI()


def d2_toiawase_bunrui(toiawase: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"お問い合わせ：\n{toiawase}\n\n「請求」「配送」「返品」のいずれかで答えてください。"},
        ],
        max_tokens=4,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
