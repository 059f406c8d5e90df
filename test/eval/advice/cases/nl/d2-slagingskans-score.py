from google import genai
from google.genai import types

client = genai.Client()


def d2_slagingskans_score(plan: str):
    response = client.models.generate_content(
        model="gemini-2.5-pro",
        contents=f"Ondernemingsplan:\n{plan}\n\nGeef een score van 0 tot 100 voor de kans dat dit bedrijf over drie jaar nog bestaat. Alleen het getal.",
        config=types.GenerateContentConfig(
            max_output_tokens=4,
            temperature=0,
        ),
    )
    return response.text.strip()
