import json
import anthropic

client = anthropic.Anthropic()


def score_json(feedback: str):
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=10,
        temperature=0,
        messages=[{"role": "user", "content": f"Feedback: {feedback}\nGeef alleen {{\"score\": N}} terug met N van 1 tot 5."}],
    )
    return json.loads(message.content[0].text)
