from openai import OpenAI

client = OpenAI()


def d4_xiqian(jiaoyi: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "system", "content": "你协助反洗钱合规团队。"},
            {"role": "user", "content": f"交易记录：\n{jiaoyi}\n\n这些交易是否涉嫌洗钱？只回答是或否。"},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
