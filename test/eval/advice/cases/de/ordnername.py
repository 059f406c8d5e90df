from google import genai
from google.genai import types

client = genai.Client()


def ordnername(dateien: str):
    response = client.models.generate_content(
        model="gemini-2.5-pro",
        contents=f"Dateien: {dateien}\nSchlage einen Ordnernamen mit höchstens drei Wörtern vor.",
        config=types.GenerateContentConfig(
            max_output_tokens=10,
            temperature=0.3,
        ),
    )
    return response.text.strip()
