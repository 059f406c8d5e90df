from openai import OpenAI

client = OpenAI()


def d2_positividad_resena(resena: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Reseña:\n{resena}\n\nDel 0 al 100, ¿qué tan positiva es esta reseña? Solo el número."},
        ],
        max_tokens=4,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
