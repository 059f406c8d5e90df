from openai import OpenAI
from typing import Literal

from pydantic import BaseModel

client = OpenAI()

class RefundRequested(BaseModel):
    refundRequested: bool
    channel: Literal["web", "ios", "android", "unknown"]


def refund_requested(email: str):
    completion = client.chat.completions.parse(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "system", "content": "Tell us whether the customer asks for a refund and which channel they wrote from the signature: web, ios, android, unknown."},
            {"role": "user", "content": f"Customer email:\n{email}"},
        ],
        max_tokens=20,
        temperature=0,
        response_format=RefundRequested,
    )
    return completion.choices[0].message.parsed
