from google import genai
from google.genai import types
from pydantic import BaseModel

client = genai.Client()

class SpamHantei(BaseModel):
    spam: bool


def spam_hantei(message: str):
    response = client.models.generate_content(
        model="gemini-2.5-pro",
        contents=f"このメッセージはスパムですか？\n{message}",
        config=types.GenerateContentConfig(
            max_output_tokens=10,
            temperature=0,
            response_mime_type="application/json",
            response_schema=SpamHantei,
        ),
    )
    return response.parsed
