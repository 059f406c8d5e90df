from openai import OpenAI
from pydantic import BaseModel

client = OpenAI()

class D4TextHasUrl(BaseModel):
    hasUrl: bool


def d4_text_has_url(input_text: str):
    completion = client.chat.completions.parse(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Text: {input_text}\n\nDoes the text contain a URL?"},
        ],
        max_tokens=8,
        temperature=0,
        response_format=D4TextHasUrl,
    )
    return completion.choices[0].message.parsed
