from openai import OpenAI

client = OpenAI()


def d4_dosis_kind(kindgegevens: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "system", "content": "Je ondersteunt apothekersassistenten."},
            {"role": "user", "content": f"Gegevens van het kind:\n{kindgegevens}\n\nHoeveel ml paracetamolstroop mag dit kind per keer krijgen? Alleen het getal."},
        ],
        max_tokens=4,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
