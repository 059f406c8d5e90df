from openai import OpenAI

client = OpenAI()


def d3_yitu(xiaoxi: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"用户消息：{xiaoxi}\n\n判断用户意图，只回答以下之一：查询订单、退款、修改地址或人工客服。"},
        ],
        max_tokens=6,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
