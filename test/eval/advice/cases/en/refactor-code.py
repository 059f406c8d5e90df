import anthropic

client = anthropic.Anthropic()


def refactor_code(code: str):
    message = client.messages.create(
        model="claude-opus-4-1-20250805",
        max_tokens=1200,
        temperature=0,
        system="Refactor the function for readability without changing behaviour. Return only the code.",
        messages=[{"role": "user", "content": f"```ts\n{code}\n```"}],
    )
    return message.content[0].text.strip()
