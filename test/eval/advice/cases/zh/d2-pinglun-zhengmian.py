from openai import OpenAI

client = OpenAI()


def d2_pinglun_zhengmian(pinglun: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"评论：\n{pinglun}\n\n这条评论有多正面？给出0到100之间的整数，只输出数字。"},
        ],
        max_tokens=4,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
