from openai import OpenAI

client = OpenAI()


def d3_categorie_xml(ticket: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "system", "content": "Tu classes les tickets du support informatique."},
            {"role": "user", "content": f"<ticket>\n{ticket}\n</ticket>\n\nRéponds avec <categorie>materiel</categorie>, <categorie>logiciel</categorie>, <categorie>reseau</categorie> ou <categorie>compte</categorie>."},
        ],
        max_tokens=12,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
