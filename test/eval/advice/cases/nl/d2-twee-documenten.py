from google import genai
from google.genai import types

client = genai.Client()


def d2_twee_documenten(voorwaarden: str, melding: str):
    response = client.models.generate_content(
        model="gemini-1.5-pro",
        contents=f"Polisvoorwaarden:\n{voorwaarden}\n\nSchademelding:\n{melding}\n\nIs deze schade gedekt? Antwoord met ja of nee.",
        config=types.GenerateContentConfig(
            max_output_tokens=2,
            temperature=0,
        ),
    )
    return response.text.strip()
