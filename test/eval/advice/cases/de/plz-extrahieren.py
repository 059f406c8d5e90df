import anthropic

client = anthropic.Anthropic()


def plz_extrahieren(adresse: str):
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=10,
        temperature=0,
        system="Extrahiere Postleitzahl und Ort aus der Adresse. Format: PLZ;Ort",
        messages=[{"role": "user", "content": adresse}],
    )
    return message.content[0].text.strip()
