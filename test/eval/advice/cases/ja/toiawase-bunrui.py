from openai import OpenAI

client = OpenAI()


def toiawase_bunrui(toiawase: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "system", "content": "お問い合わせを次のいずれかに分類してください：請求、配送、返品、アカウント、その他。カテゴリ名のみを出力してください。"},
            {"role": "user", "content": toiawase},
        ],
        max_tokens=5,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
