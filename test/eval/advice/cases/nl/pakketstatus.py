from openai import OpenAI

client = OpenAI()


def pakketstatus(bericht: str):
    response = client.responses.create(
        model="gpt-4.1",
        input=f"Bericht van de vervoerder: {bericht}\nStatus: onderweg, bezorgd, vertraagd of retour.",
        max_output_tokens=16,
        temperature=0,
    )
    return response.output_text.strip()
