from openai import OpenAI

client = OpenAI()


def feature_tagline(feature: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Feature: {feature}\nGive me a five-word tagline for the changelog."},
        ],
        max_tokens=16,
        temperature=0.7,
    )
    return completion.choices[0].message.content.strip()
