from openai import OpenAI

client = OpenAI()


def alarm_eskalieren(meldung: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"Monitoring-Meldung:\n{meldung}\n\nMuss die Rufbereitschaft sofort geweckt werden? Antworte mit ja oder nein."},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
