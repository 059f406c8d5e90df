import anthropic

client = anthropic.Anthropic()


def d4_ph_fiche(fiche: str):
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=5,
        temperature=0,
        messages=[{"role": "user", "content": f"Fiche produit :\n{fiche}\n\nQuel pH indique la fiche produit ? Réponds uniquement par le nombre."}],
    )
    return message.content[0].text.strip()
