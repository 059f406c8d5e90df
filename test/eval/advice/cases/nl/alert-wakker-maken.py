from openai import OpenAI

client = OpenAI()


def alert_wakker_maken(melding: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"Monitoringmelding: {melding}\nMoet de dienstdoende engineer nu gebeld worden? Antwoord ja of nee."},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
