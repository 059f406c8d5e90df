import anthropic

client = anthropic.Anthropic()


def d4_bareme_pertinence(requete: str, passage: str):
    message = client.messages.create(
        model="claude-opus-4-1-20250805",
        max_tokens=2,
        temperature=0,
        messages=[{"role": "user", "content": f"Barème de notation : 1 = hors sujet, 2 = partiellement pertinent, 3 = pertinent.\n\nRequête : {requete}\nPassage : {passage}\n\nRéponds uniquement par la note."}],
    )
    return message.content[0].text.strip()
