import json
import anthropic

client = anthropic.Anthropic()


def puntuacion_lead(lead: str):
    message = client.messages.create(
        model="claude-opus-4-1-20250805",
        max_tokens=12,
        temperature=0,
        messages=[{"role": "user", "content": f"Datos del lead: {lead}\nDevuelve {{\"puntuacion\": N}} con N de 1 a 5 según el encaje con nuestro cliente ideal."}],
    )
    return json.loads(message.content[0].text)
