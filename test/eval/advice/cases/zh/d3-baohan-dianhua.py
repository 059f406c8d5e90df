from openai import OpenAI

client = OpenAI()


def d3_baohan_dianhua(wenben: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": "文本：{wenben}\n\n这段文本里有电话号码吗？只回答\"是\"或\"否\"。".format(wenben=wenben)},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
