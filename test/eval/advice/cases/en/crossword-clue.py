from openai import OpenAI

client = OpenAI()


def crossword_clue(clue: str, lengths: str):
    response = client.responses.create(
        model="gpt-4.1",
        input=f"Cryptic clue: {clue} ({lengths})\nAnswer in capitals only.",
        max_output_tokens=16,
        temperature=0,
    )
    return response.output_text.strip()
