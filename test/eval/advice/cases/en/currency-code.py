from google import genai
from google.genai import types

client = genai.Client()


def currency_code(price: str):
    response = client.models.generate_content(
        model="gemini-1.5-pro",
        contents=f"Price string: \"{price}\". Respond with the ISO 4217 code.",
        config=types.GenerateContentConfig(
            max_output_tokens=3,
            temperature=0,
        ),
    )
    return response.text.strip()
