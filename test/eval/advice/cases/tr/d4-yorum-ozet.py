from openai import OpenAI

client = OpenAI()


def d4_yorum_ozet(yorum: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"Bu yorumu tek cümleyle özetle:\n{yorum}"},
        ],
        max_tokens=30,
        temperature=0.2,
    )
    return completion.choices[0].message.content.strip()
