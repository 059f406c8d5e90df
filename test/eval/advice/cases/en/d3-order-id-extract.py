from google import genai
from google.genai import types
from pydantic import BaseModel

client = genai.Client()

class D3OrderIdExtract(BaseModel):
    orderId: str


def d3_order_id_extract(email_body: str):
    response = client.models.generate_content(
        model="gemini-2.5-pro",
        contents=f"Customer email:\n{email_body}\n\nExtract the order ID mentioned in the email (null if none).",
        config=types.GenerateContentConfig(
            max_output_tokens=30,
            temperature=0,
            response_mime_type="application/json",
            response_schema=D3OrderIdExtract,
        ),
    )
    return response.parsed
