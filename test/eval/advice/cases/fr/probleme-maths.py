from openai import OpenAI

client = OpenAI()


def probleme_maths(p: str):
    response = client.responses.create(
        model="gpt-4.1",
        input=f"Un commerçant augmente un prix de {p} %, puis le baisse de {p} %. Le prix final est de 91 €. Quel était le prix initial, arrondi au centime ? Réponds uniquement par le nombre.",
        max_output_tokens=16,
        temperature=0,
    )
    return response.output_text.strip()
