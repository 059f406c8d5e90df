from openai import OpenAI

client = OpenAI()


def d3_yokseol(daetgeul: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"댓글: {daetgeul}\n\n이 댓글에 욕설이 있습니까? 예 또는 아니오로만 답하세요."},
        ],
        max_tokens=3,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
