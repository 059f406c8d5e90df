from openai import OpenAI

client = OpenAI()


def d3_opcion_numero(mensaje: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Mensaje:\n{mensaje}\n\n¿De qué tema trata?\n1. Facturación\n2. Envíos\n3. Devoluciones\n4. Otro\n\nResponde solo con el número de la opción."},
        ],
        max_tokens=1,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
