import anthropic

client = anthropic.Anthropic()


def explain_sql(sql: str):
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=150,
        temperature=0.3,
        messages=[{"role": "user", "content": f"Explain what this query does to a product manager, in two or three sentences:\n{sql}"}],
    )
    return message.content[0].text.strip()
