from openai import OpenAI

client = OpenAI()


def d3_sentiment(recensie: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"Recensie: {recensie}\n\nIs deze recensie positief, negatief of neutraal? Eén woord."},
        ],
        max_tokens=3,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
