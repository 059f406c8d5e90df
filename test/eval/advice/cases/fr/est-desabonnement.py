import anthropic

client = anthropic.Anthropic()


def est_desabonnement(email: str):
    message = client.messages.create(
        model="claude-opus-4-1-20250805",
        max_tokens=2,
        temperature=0,
        messages=[{"role": "user", "content": f"Le client demande-t-il à se désabonner de la newsletter ? true/false\n\n{email}"}],
    )
    return message.content[0].text.strip()
