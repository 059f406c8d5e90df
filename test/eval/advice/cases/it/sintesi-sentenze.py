from openai import OpenAI

client = OpenAI()


def sintesi_sentenze(sentenze: str):
    response = client.responses.create(
        model="gpt-4.1",
        input=f"Confronta le sentenze allegate, individua l'orientamento prevalente e le divergenze:\n\n{sentenze}",
        max_output_tokens=1500,
        temperature=0.2,
    )
    return response.output_text.strip()
