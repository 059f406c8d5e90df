from google import genai
from google.genai import types

client = genai.Client()


def d2_piatto_vegano(piatti: str):
    response = client.models.generate_content(
        model="gemini-1.5-pro",
        contents=f"Piatti con ingredienti:\n{piatti}\n\nQuale piatto è vegano? Rispondi solo con il numero.",
        config=types.GenerateContentConfig(
            max_output_tokens=2,
            temperature=0,
        ),
    )
    return response.text.strip()
