from openai import OpenAI

client = OpenAI()


def jugada_ajedrez(fen: str):
    response = client.responses.create(
        model="gpt-4.1",
        input=f"Posición en FEN: {fen}\nJuegan negras. ¿Cuál es la mejor jugada? Responde solo en notación algebraica.",
        max_output_tokens=16,
        temperature=0,
    )
    return response.output_text.strip()
