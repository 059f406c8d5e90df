from openai import OpenAI

client = OpenAI()


def categoria_chamado(chamado: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "system", "content": "Classifique o chamado em uma das categorias: cobrança, entrega, troca, cadastro, outros. Responda apenas com o nome da categoria."},
            {"role": "user", "content": chamado},
        ],
        max_tokens=4,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
