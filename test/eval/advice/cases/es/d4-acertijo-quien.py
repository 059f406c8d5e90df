from openai import OpenAI

client = OpenAI()


def d4_acertijo_quien(acertijo: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Acertijo:\n{acertijo}\n\n¿Quién vive en la casa azul? Responde solo con el nombre."},
        ],
        max_tokens=4,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
