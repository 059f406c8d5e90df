from google import genai
from google.genai import types
from typing import Literal

from pydantic import BaseModel

client = genai.Client()

class D3UrgenceCap1000(BaseModel):
    urgence: Literal["basse", "normale", "haute"]


def d3_urgence_cap1000(demande: str):
    response = client.models.generate_content(
        model="gemini-2.5-pro",
        contents=f"Demande de maintenance :\n{demande}",
        config=types.GenerateContentConfig(
            max_output_tokens=1000,
            temperature=0,
            response_mime_type="application/json",
            response_schema=D3UrgenceCap1000,
        ),
    )
    return response.parsed
