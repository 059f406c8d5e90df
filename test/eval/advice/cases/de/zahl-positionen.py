import litellm


def zahl_positionen(bestellung: str):
    response = litellm.completion(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Wie viele Positionen hat diese Bestellung? Nur die Zahl.\n{bestellung}"},
        ],
        max_tokens=3,
        temperature=0,
    )
    return response.choices[0].message.content.strip()
