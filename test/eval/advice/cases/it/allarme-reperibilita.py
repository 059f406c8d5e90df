from openai import OpenAI

client = OpenAI()


def allarme_reperibilita(allarme: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"Allarme: {allarme}\nBisogna chiamare il reperibile adesso? Rispondi sì o no."},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
