from openai import OpenAI

client = OpenAI()


def d3_kategoriia(zvernennia: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"Звернення:\n{zvernennia}\n\nВідповідай одним словом: оплата, доставка, повернення або інше."},
        ],
        max_tokens=4,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
