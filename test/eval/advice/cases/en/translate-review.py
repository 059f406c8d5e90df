import anthropic

client = anthropic.Anthropic()


def translate_review(review: str):
    message = client.messages.create(
        model="claude-opus-4-1-20250805",
        max_tokens=300,
        temperature=0.2,
        messages=[{"role": "user", "content": f"Translate this customer review into English, keep the tone:\n{review}"}],
    )
    return message.content[0].text.strip()
