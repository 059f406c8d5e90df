from openai import OpenAI

client = OpenAI()


def d2_kosuu_kazoeru(chumon: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"注文内容：\n{chumon}\n\n商品は全部で何種類ありますか？数字だけで答えてください。"},
        ],
        max_tokens=3,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
