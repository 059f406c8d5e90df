import json
import anthropic

client = anthropic.Anthropic()


def voto_json(commento: str):
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=10,
        temperature=0,
        messages=[{"role": "user", "content": f"Commento dell'ospite: {commento}\nRestituisci {{\"voto\": N}}, N da 1 a 10."}],
    )
    return json.loads(message.content[0].text)
