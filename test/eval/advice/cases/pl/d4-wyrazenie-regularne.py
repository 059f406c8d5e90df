from openai import OpenAI

client = OpenAI()


def d4_wyrazenie_regularne(wzorzec: str, tekst: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"Wyrażenie regularne: {wzorzec}\nTekst: {tekst}\n\nCzy wyrażenie dopasowuje cały tekst? Odpowiedz tak lub nie."},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
