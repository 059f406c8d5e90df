from openai import OpenAI

client = OpenAI()


def match_prediction(stats: str):
    response = client.responses.create(
        model="gpt-4.1",
        input=f"Team stats and recent form:\n{stats}\n\nPredict the result: home, draw or away.",
        max_output_tokens=16,
        temperature=0,
    )
    return response.output_text.strip()
