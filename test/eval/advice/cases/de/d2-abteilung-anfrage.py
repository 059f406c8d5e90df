from openai import OpenAI

client = OpenAI()


def d2_abteilung_anfrage(anfrage: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"Anfrage:\n{anfrage}\n\nWelche Abteilung ist zuständig? Wähle eine: Terminvergabe, Abrechnung, Befundanforderung, Sonstiges. Nur das Wort."},
        ],
        max_tokens=6,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
