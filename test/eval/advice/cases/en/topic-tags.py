from google import genai
from google.genai import types
from pydantic import BaseModel

client = genai.Client()

class TopicTags(BaseModel):
    tags: list[str]


def topic_tags(post: str):
    response = client.models.generate_content(
        model="gemini-2.5-pro",
        contents=f"Post:\n{post}",
        config=types.GenerateContentConfig(
            system_instruction="Allowed tags: react, vue, svelte, css, testing, performance, accessibility, tooling. Return up to three as a JSON array under \"tags\".",
            max_output_tokens=30,
            temperature=0,
            response_mime_type="application/json",
            response_schema=TopicTags,
        ),
    )
    return response.parsed
