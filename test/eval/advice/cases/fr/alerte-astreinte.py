from openai import OpenAI

client = OpenAI()


def alerte_astreinte(alerte: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Voici une alerte de supervision :\n{alerte}\nFaut-il réveiller la personne d'astreinte ? Réponds par oui ou par non."},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
