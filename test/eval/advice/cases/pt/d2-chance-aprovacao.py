from openai import OpenAI

client = OpenAI()


def d2_chance_aprovacao(proposta: str, criterios: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Proposta de projeto:\n{proposta}\n\nCritérios do edital:\n{criterios}\n\nDe 0 a 100, qual a chance de esta proposta ser aprovada pela banca? Apenas o número."},
        ],
        max_tokens=4,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
