from openai import OpenAI

client = OpenAI()


def d4_note_traduction(source: str, traduction: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Texte source (anglais) :\n{source}\n\nTraduction (français) :\n{traduction}\n\nNote la fidélité de la traduction de 1 à 5. Réponds uniquement par le chiffre."},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
