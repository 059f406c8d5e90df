import litellm


def rekensom(v: str):
    response = litellm.completion(
        model="gemini/gemini-1.5-pro",
        messages=[
            {"role": "user", "content": f"Een fietser rijdt heen met {v} km/u en terug met 15 km/u over dezelfde route. Wat is zijn gemiddelde snelheid over de hele rit in km/u? Alleen het getal, afgerond op één decimaal."},
        ],
        max_tokens=5,
        temperature=0,
    )
    return response.choices[0].message.content.strip()
