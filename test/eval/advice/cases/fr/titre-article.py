import anthropic

client = anthropic.Anthropic()


def titre_article(article: str):
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=20,
        temperature=0.5,
        messages=[{"role": "user", "content": f"Propose un titre de six mots maximum pour cet article :\n{article}"}],
    )
    return message.content[0].text.strip()
