import litellm


def reponse_client(message: str, history: list[dict]):
    response = litellm.completion(
        model="gemini/gemini-1.5-pro",
        messages=[
            {"role": "system", "content": "Tu es le conseiller clientèle d'une banque en ligne. Sois courtois et précis, vouvoie le client."},
            *history,
            {"role": "user", "content": message},
        ],
        max_tokens=400,
        temperature=0.4,
    )
    return response.choices[0].message.content.strip()
