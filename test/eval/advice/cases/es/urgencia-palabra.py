from openai import OpenAI

client = OpenAI()


def urgencia_palabra(correo: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "system", "content": "Evalúa la urgencia del correo con una de estas palabras: baja, media, alta, crítica."},
            {"role": "user", "content": f"Correo:\n{correo}"},
        ],
        max_tokens=3,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
