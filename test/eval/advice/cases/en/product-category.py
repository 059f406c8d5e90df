from google import genai
from google.genai import types
from typing import Literal

from pydantic import BaseModel

client = genai.Client()

class ProductCategory(BaseModel):
    category: Literal["electronics", "home", "fashion", "sports", "toys", "books"]


def product_category(title: str, description: str):
    response = client.models.generate_content(
        model="gemini-1.5-pro",
        contents=f"Listing title: {title}\nDescription: {description}",
        config=types.GenerateContentConfig(
            system_instruction="Categorise marketplace listings.",
            max_output_tokens=10,
            temperature=0,
            response_mime_type="application/json",
            response_schema=ProductCategory,
        ),
    )
    return response.parsed
