from openai import OpenAI

client = OpenAI()


def d3_manzokudo(review: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"レビュー：{review}\n\nこのお客様の満足度を1から5で評価してください。数字のみで答えてください。"},
        ],
        max_tokens=1,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
