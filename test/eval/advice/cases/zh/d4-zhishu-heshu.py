from openai import OpenAI

client = OpenAI()


def d4_zhishu_heshu(shuzi: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"数字：{shuzi}\n\n这个数是质数还是合数？只回答：质数 或 合数。"},
        ],
        max_tokens=3,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
