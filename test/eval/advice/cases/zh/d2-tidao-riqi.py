from openai import OpenAI

client = OpenAI()


def d2_tidao_riqi(tongzhi: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"通知：\n{tongzhi}\n\n通知里提到具体日期了吗？只回答\"是\"或\"否\"。"},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
