from openai import OpenAI

client = OpenAI()


def d4_fattura_coerente(contratto: str, fattura: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"Contratto:\n{contratto}\n\nFattura:\n{fattura}\n\nLa fattura è coerente con le condizioni del contratto? Rispondi solo sì o no."},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
