from openai import OpenAI

client = OpenAI()


def d2_tipo_consulta(mensaje: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"Mensaje del cliente:\n{mensaje}\n\nResponde con una sola palabra: facturación, envío o devolución."},
        ],
        max_tokens=4,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
