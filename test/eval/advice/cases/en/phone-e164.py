from google import genai
from google.genai import types

client = genai.Client()


def phone_e164(note: str):
    response = client.models.generate_content(
        model="gemini-1.5-pro",
        contents=f"Contact note: {note}\nGive the phone number in E.164 format, or an empty string.",
        config=types.GenerateContentConfig(
            max_output_tokens=8,
            temperature=0,
        ),
    )
    return response.text.strip()
