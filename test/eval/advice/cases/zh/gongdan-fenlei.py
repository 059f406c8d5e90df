from openai import OpenAI

client = OpenAI()


def gongdan_fenlei(gongdan: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "system", "content": "请将用户工单归入以下类别之一：账单、物流、退货、账户、其他。只输出类别名称。"},
            {"role": "user", "content": gongdan},
        ],
        max_tokens=4,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
