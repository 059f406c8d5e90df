from openai import OpenAI

client = OpenAI()


def d2_enthaelt_email(text: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Text:\n{text}\n\nEnthält der Text eine E-Mail-Adresse? Antworte mit true oder false."},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
