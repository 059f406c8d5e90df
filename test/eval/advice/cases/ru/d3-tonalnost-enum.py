from google import genai
from google.genai import types
from typing import Literal

from pydantic import BaseModel

client = genai.Client()

class D3TonalnostEnum(BaseModel):
    sentiment: Literal["positive", "negative", "neutral"]


def d3_tonalnost_enum(otzyv: str):
    response = client.models.generate_content(
        model="gemini-2.5-pro",
        contents=f"Отзыв:\n{otzyv}",
        config=types.GenerateContentConfig(
            system_instruction="Ты анализируешь отзывы покупателей.",
            max_output_tokens=10,
            temperature=0,
            response_mime_type="application/json",
            response_schema=D3TonalnostEnum,
        ),
    )
    return response.parsed
