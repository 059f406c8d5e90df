from google import genai
from google.genai import types
from pydantic import BaseModel

client = genai.Client()

class SpamCheck(BaseModel):
    spam: bool


def spam_check(comment: str):
    response = client.models.generate_content(
        model="gemini-2.5-pro",
        contents=f"Comment: {comment}\nIs this spam (links to unrelated shops, SEO text, crypto offers)?",
        config=types.GenerateContentConfig(
            system_instruction="Moderation helper for a recipe blog.",
            max_output_tokens=20,
            temperature=0,
            response_mime_type="application/json",
            response_schema=SpamCheck,
        ),
    )
    return response.parsed
