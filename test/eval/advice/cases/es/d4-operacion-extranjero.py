from openai import OpenAI

client = OpenAI()


def d4_operacion_extranjero(operacion: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"Operación:\n{operacion}\n\n¿Se hizo esta operación fuera de España? Responde solo sí o no."},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
