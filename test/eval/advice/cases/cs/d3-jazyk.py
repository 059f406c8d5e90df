from openai import OpenAI
from typing import Literal

from pydantic import BaseModel

client = OpenAI()

class D3Jazyk(BaseModel):
    jazyk: Literal["cs", "sk", "pl", "de", "en"]


def d3_jazyk(zprava: str):
    completion = client.chat.completions.parse(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Zpráva:\n{zprava}"},
        ],
        max_tokens=10,
        temperature=0,
        response_format=D3Jazyk,
    )
    return completion.choices[0].message.parsed
