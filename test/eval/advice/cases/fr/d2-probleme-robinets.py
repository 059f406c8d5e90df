from openai import OpenAI

client = OpenAI()


def d2_probleme_robinets(enonce_client: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Énoncé :\n{enonce_client}\n\nEn combien de minutes la cuve sera-t-elle pleine ? Réponds uniquement par le nombre."},
        ],
        max_tokens=4,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
