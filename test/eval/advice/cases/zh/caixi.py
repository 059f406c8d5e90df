from google import genai
from google.genai import types
from typing import Literal

from pydantic import BaseModel

client = genai.Client()

class Caixi(BaseModel):
    caixi: Literal["川菜", "粤菜", "湘菜", "鲁菜", "其他"]


def caixi(caidan: str):
    response = client.models.generate_content(
        model="gemini-2.5-pro",
        contents=f"菜单：{caidan}",
        config=types.GenerateContentConfig(
            system_instruction="根据菜单判断菜系。",
            max_output_tokens=8,
            temperature=0,
            response_mime_type="application/json",
            response_schema=Caixi,
        ),
    )
    return response.parsed
