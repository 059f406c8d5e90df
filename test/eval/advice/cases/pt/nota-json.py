import json
import anthropic

client = anthropic.Anthropic()


def nota_json(comentario: str):
    message = client.messages.create(
        model="claude-opus-4-1-20250805",
        max_tokens=10,
        temperature=0,
        messages=[{"role": "user", "content": f"Comentário: {comentario}\nResponda somente {{\"nota\": N}}, N de 0 a 10, para a satisfação expressa."}],
    )
    return json.loads(message.content[0].text)
