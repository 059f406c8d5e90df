from openai import OpenAI

client = OpenAI()


def alerta_plantao(alerta: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Alerta recebido: {alerta}\nÉ preciso acionar o plantão agora? Responda sim ou não."},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
