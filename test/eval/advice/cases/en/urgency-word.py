from openai import OpenAI

client = OpenAI()


def urgency_word(message: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"Message from a customer:\n\"\"\"\n{message}\n\"\"\"\nHow urgent is it? Use exactly one of: low, normal, high, critical."},
        ],
        max_tokens=3,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
