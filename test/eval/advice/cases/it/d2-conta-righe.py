from google import genai
from google.genai import types

client = genai.Client()


def d2_conta_righe(lista: str):
    response = client.models.generate_content(
        model="gemini-2.5-pro",
        contents=f"Lista della spesa:\n{lista}\n\nQuanti prodotti ci sono nella lista? Rispondi solo con il numero.",
        config=types.GenerateContentConfig(
            max_output_tokens=3,
            temperature=0,
        ),
    )
    return response.text.strip()
