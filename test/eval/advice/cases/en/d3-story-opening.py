from openai import OpenAI

client = OpenAI()


def d3_story_opening(songs: str):
    response = client.responses.create(
        model="gpt-4.1",
        input=f"Songs:\n{songs}\n\nWrite the opening paragraph of a short story inspired by these songs.",
        max_output_tokens=150,
        temperature=0.9,
    )
    return response.output_text.strip()
