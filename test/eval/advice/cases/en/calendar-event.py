from google import genai
from google.genai import types
from pydantic import BaseModel

client = genai.Client()

class CalendarEvent(BaseModel):
    title: str
    start: str
    durationMinutes: int


def calendar_event(message: str):
    response = client.models.generate_content(
        model="gemini-2.5-pro",
        contents=f"Message: {message}",
        config=types.GenerateContentConfig(
            system_instruction="Create a calendar entry: title (max 5 words), ISO start datetime, duration in minutes.",
            max_output_tokens=60,
            temperature=0,
            response_mime_type="application/json",
            response_schema=CalendarEvent,
        ),
    )
    return response.parsed
