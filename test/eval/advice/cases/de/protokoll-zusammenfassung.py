import litellm


def protokoll_zusammenfassung(protokoll: str):
    response = litellm.completion(
        model="gemini/gemini-1.5-pro",
        messages=[
            {"role": "user", "content": f"Fasse das folgende Besprechungsprotokoll in höchstens fünf Stichpunkten zusammen (Beschlüsse, offene Punkte, Aufgaben):\n\n{protokoll}"},
        ],
        max_tokens=400,
        temperature=0.2,
    )
    return response.choices[0].message.content.strip()
