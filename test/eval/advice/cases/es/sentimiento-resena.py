from openai import OpenAI

client = OpenAI()


def sentimiento_resena(resena: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"Reseña del cliente:\n{resena}\n\n¿Es positiva, negativa o neutral? Responde con una sola palabra."},
        ],
        max_tokens=3,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
