from openai import OpenAI

client = OpenAI()


def d3_nombre_articles(message: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"Message du client :\n{message}\n\nCombien de produits différents sont mentionnés ? Réponds uniquement par un nombre."},
        ],
        max_tokens=3,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
