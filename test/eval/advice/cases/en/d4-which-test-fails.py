import anthropic

client = anthropic.Anthropic()


def d4_which_test_fails(function_source: str, test_cases: str):
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=3,
        temperature=0,
        messages=[{"role": "user", "content": f"Function:\n{function_source}\n\nTests:\n{test_cases}\n\nWhich test fails? Reply with the test number only."}],
    )
    return message.content[0].text.strip()
