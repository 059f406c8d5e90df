import litellm


def cep_extrair(endereco: str):
    response = litellm.completion(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Qual é o CEP neste endereço? Responda no formato 00000-000.\n{endereco}"},
        ],
        max_tokens=6,
        temperature=0,
    )
    return response.choices[0].message.content.strip()
