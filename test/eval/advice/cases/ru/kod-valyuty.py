import litellm


def kod_valyuty(cena: str):
    response = litellm.completion(
        model="gemini/gemini-1.5-pro",
        messages=[
            {"role": "user", "content": f"Строка с ценой: «{cena}». Ответь кодом валюты ISO 4217."},
        ],
        max_tokens=3,
        temperature=0,
    )
    return response.choices[0].message.content.strip()
