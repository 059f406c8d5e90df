import anthropic

client = anthropic.Anthropic()


def d2_extrait_pertinent(requete: str, passage: str):
    message = client.messages.create(
        model="claude-opus-4-1-20250805",
        max_tokens=2,
        temperature=0,
        messages=[{"role": "user", "content": f"Requête : {requete}\nPassage : {passage}\n\nLe passage est-il pertinent pour la requête ? oui ou non"}],
    )
    return message.content[0].text.strip()
