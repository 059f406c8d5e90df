from openai import OpenAI

client = OpenAI()


def d4_chumon_kosuu(chumon: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"注文内容：\n{chumon}\n\n合計で何個注文されていますか？数字だけで答えてください。"},
        ],
        max_tokens=4,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
