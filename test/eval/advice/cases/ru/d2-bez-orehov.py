from openai import OpenAI

client = OpenAI()


def d2_bez_orehov(tovary: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Товары и состав:\n{tovary}\n\nКакой товар без орехов? Ответь только номером."},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
