from openai import OpenAI

client = OpenAI()


def d3_voto_recensione(recensione: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"Recensione: {recensione}\n\nDa 1 a 5, quante stelle darebbe questo cliente? Solo il numero."},
        ],
        max_tokens=1,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
