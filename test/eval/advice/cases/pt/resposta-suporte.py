import litellm


def resposta_suporte(mensagem: str, history: list[dict]):
    response = litellm.completion(
        model="gemini/gemini-1.5-pro",
        messages=[
            {"role": "system", "content": "Você é o atendente virtual de uma operadora de internet. Seja cordial e objetivo."},
            *history,
            {"role": "user", "content": mensagem},
        ],
        max_tokens=400,
        temperature=0.4,
    )
    return response.choices[0].message.content.strip()
