from openai import OpenAI

client = OpenAI()


def d2_riassunto_breve(reclamo: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Riassumi in una frase breve questo reclamo per il collega del turno successivo:\n{reclamo}"},
        ],
        max_tokens=30,
        temperature=0.2,
    )
    return completion.choices[0].message.content.strip()
