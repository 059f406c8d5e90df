from openai import OpenAI

client = OpenAI()


def gaojing_zhiban(gaojing: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"监控告警：{gaojing}\n现在需要叫醒值班工程师吗？请回答\"是\"或\"否\"。"},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
