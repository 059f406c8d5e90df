from google import genai
from google.genai import types
from pydantic import BaseModel

client = genai.Client()

class ForecastChurn(BaseModel):
    probability: float


def forecast_churn(history: str):
    response = client.models.generate_content(
        model="gemini-2.5-pro",
        contents=f"Account history:\n{history}\n\nEstimate the probability (0-1) that this account churns in the next 90 days.",
        config=types.GenerateContentConfig(
            max_output_tokens=10,
            temperature=0,
            response_mime_type="application/json",
            response_schema=ForecastChurn,
        ),
    )
    return response.parsed
