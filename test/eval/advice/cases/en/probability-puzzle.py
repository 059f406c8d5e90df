from openai import OpenAI
from pydantic import BaseModel

client = OpenAI()

class ProbabilityPuzzle(BaseModel):
    probability: float


def probability_puzzle(colour: str):
    completion = client.chat.completions.parse(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"Three cards: one red on both sides, one white on both sides, one red/white. A random card shows {colour} face up. What is the probability the other side is also {colour}? "},
        ],
        max_tokens=20,
        temperature=0,
        response_format=ProbabilityPuzzle,
    )
    return completion.choices[0].message.parsed
