from google import genai
from google.genai import types

client = genai.Client()


def lgpd_conforme(fluxo: str):
    response = client.models.generate_content(
        model="gemini-1.5-pro",
        contents=f"Fluxo de dados:\n{fluxo}\n\nEste tratamento está conforme a LGPD? CONFORME ou NÃO CONFORME",
        config=types.GenerateContentConfig(
            max_output_tokens=4,
            temperature=0,
        ),
    )
    return response.text.strip()
