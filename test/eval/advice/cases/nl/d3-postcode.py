from openai import OpenAI

client = OpenAI()


def d3_postcode(adres: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": "Geef alleen de postcode (formaat 1234 AB) uit dit adres: " + adres},
        ],
        max_tokens=6,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
