from openai import OpenAI

client = OpenAI()


def shorten_tweet(text: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Shorten this so it fits in a tweet, keep the key facts:\n{text}"},
        ],
        max_tokens=80,
        temperature=0.5,
    )
    return completion.choices[0].message.content.strip()
