from openai import OpenAI

client = OpenAI()


def categorie_demande(demande: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "system", "content": "Classe la demande du client dans une catégorie : facturation, livraison, retour, compte, autre. Réponds uniquement par la catégorie."},
            {"role": "user", "content": demande},
        ],
        max_tokens=4,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
