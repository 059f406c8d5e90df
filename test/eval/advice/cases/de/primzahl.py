from google import genai
from google.genai import types

client = genai.Client()


def primzahl(zahl: str):
    response = client.models.generate_content(
        model="gemini-1.5-pro",
        contents=f"Ist {zahl} eine Primzahl? Antworte mit ja oder nein.",
        config=types.GenerateContentConfig(
            max_output_tokens=2,
            temperature=0,
        ),
    )
    return response.text.strip()
