from openai import OpenAI

client = OpenAI()


def d3_bonitaet_stufe(finanzdaten: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "system", "content": "Du bewertest Firmenkunden für die Kreditabteilung."},
            {"role": "user", "content": f"Jahresabschluss und Kontodaten:\n{finanzdaten}\n\nWie kreditwürdig ist das Unternehmen auf einer Skala von 1 bis 5? Nur die Ziffer."},
        ],
        max_tokens=1,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
