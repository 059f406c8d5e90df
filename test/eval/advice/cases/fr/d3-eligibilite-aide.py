import anthropic

client = anthropic.Anthropic()


def d3_eligibilite_aide(dossier: str):
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=2,
        temperature=0,
        messages=[{"role": "user", "content": "Le foyer décrit dans le message suivant a-t-il droit aux APL selon la réglementation en vigueur ? Réponds par oui ou non."}, {"role": "user", "content": dossier}],
    )
    return message.content[0].text.strip()
