from openai import OpenAI

client = OpenAI()


def textaufgabe_zahl(a: str, b: str):
    response = client.responses.create(
        model="gpt-4.1",
        input=f"Ein Becken wird von zwei Rohren gefüllt. Rohr A allein braucht {a} Stunden, Rohr B allein {b} Stunden. Gleichzeitig läuft ein Abfluss, der das volle Becken in 12 Stunden leert. Nach wie vielen Stunden ist das Becken voll? Antworte nur mit der Zahl.",
        max_output_tokens=16,
        temperature=0,
    )
    return response.output_text.strip()
