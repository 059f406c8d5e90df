from openai import OpenAI

client = OpenAI()


def blog_outline(title: str, audience: str):
    response = client.responses.create(
        model="gpt-4.1",
        input=f"Draft an outline for a blog post titled \"{title}\" aimed at {audience}. 5-7 sections with one-line descriptions.",
        max_output_tokens=500,
        temperature=0.8,
    )
    return response.output_text.strip()
