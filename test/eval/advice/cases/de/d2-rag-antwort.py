import anthropic

client = anthropic.Anthropic()


def d2_rag_antwort(auszuege: str, kundennachricht: str):
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=150,
        temperature=0.2,
        system="Beantworte die Frage des Kunden ausschließlich mit den folgenden Auszügen aus dem Handbuch. Wenn sie die Antwort nicht enthalten, sag das.",
        messages=[{"role": "user", "content": f"Auszüge:\n{auszuege}\n\nKunde: {kundennachricht}"}],
    )
    return message.content[0].text.strip()
