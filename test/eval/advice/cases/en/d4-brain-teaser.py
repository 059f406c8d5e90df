from openai import OpenAI

client = OpenAI()


def d4_brain_teaser(teaser: str):
    response = client.responses.create(
        model="gpt-4.1",
        instructions="You answer brain teasers for a quiz app.",
        input=f"{teaser}\n\nAnswer with a single number.",
        max_output_tokens=16,
        temperature=0,
    )
    return response.output_text.strip()
