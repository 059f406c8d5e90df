from openai import OpenAI

client = OpenAI()


def d4_tenpu_ari(meeru: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"メール：\n{meeru}\n\nこのメールには契約書を添付したと書かれていますか？「はい」か「いいえ」だけで答えてください。"},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
