from openai import OpenAI

client = OpenAI()


def d4_clause_abusive(conditions: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"Conditions générales :\n{conditions}\n\nLa clause de résiliation est-elle abusive au sens du Code de la consommation ? Réponds uniquement par oui ou non."},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
