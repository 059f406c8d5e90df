from openai import OpenAI

client = OpenAI()


def d4_sleva_vypocet(zadani: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Zadání:\n{zadani}\n\nKolik korun zákazník zaplatí po slevě a s dopravou? Odpověz pouze číslem."},
        ],
        max_tokens=5,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
