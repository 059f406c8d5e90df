import anthropic

client = anthropic.Anthropic()


def paraphrase_question(question: str):
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=120,
        temperature=0.8,
        messages=[{"role": "user", "content": f"Give three paraphrases of this FAQ question for our search index, one per line:\n{question}"}],
    )
    return message.content[0].text.strip()
