from google import genai
from google.genai import types
from pydantic import BaseModel

client = genai.Client()

class D3Myeongham(BaseModel):
    name: str
    company: str
    title: str
    phone: str
    mobile: str
    email: str
    address: str
    website: str


def d3_myeongham(myeongham: str):
    response = client.models.generate_content(
        model="gemini-2.5-pro",
        contents=f"명함 텍스트:\n{myeongham}",
        config=types.GenerateContentConfig(
            max_output_tokens=200,
            temperature=0,
            response_mime_type="application/json",
            response_schema=D3Myeongham,
        ),
    )
    return response.parsed
