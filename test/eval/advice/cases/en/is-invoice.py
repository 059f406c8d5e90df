from google import genai
from google.genai import types

client = genai.Client()


def is_invoice(subject: str, preview: str):
    response = client.models.generate_content(
        model="gemini-2.5-pro",
        contents=f"Subject: {subject}\nPreview: {preview}\n\nDoes this email carry an invoice? Answer true or false.",
        config=types.GenerateContentConfig(
            max_output_tokens=1,
            temperature=0,
        ),
    )
    return response.text.strip()
