from google import genai
from google.genai import types
from typing import Literal

from pydantic import BaseModel

client = genai.Client()

class D3SpracheEnum(BaseModel):
    sprache: Literal["de", "en", "fr", "it", "sonstige"]


def d3_sprache_enum(email: str):
    response = client.models.generate_content(
        model="gemini-2.5-pro",
        contents=f"E-Mail:\n{email}",
        config=types.GenerateContentConfig(
            system_instruction="Du sortierst eingehende E-Mails nach Sprache.",
            max_output_tokens=10,
            temperature=0,
            response_mime_type="application/json",
            response_schema=D3SpracheEnum,
        ),
    )
    return response.parsed
