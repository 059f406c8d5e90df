from openai import OpenAI

client = OpenAI()


def nps_bucket(comment: str):
    response = client.responses.create(
        model="gpt-4.1",
        input=f"Survey comment: {comment}\nBucket: promoter, passive or detractor?",
        max_output_tokens=16,
        temperature=0,
    )
    return response.output_text.strip()
