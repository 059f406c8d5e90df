from openai import OpenAI

client = OpenAI()


def kinkyudo(message: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"メッセージ：{message}\n緊急度を「低」「中」「高」「緊急」のいずれか一語で答えてください。"},
        ],
        max_tokens=3,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
