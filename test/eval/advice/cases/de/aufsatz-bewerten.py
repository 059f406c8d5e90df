from openai import OpenAI
from pydantic import BaseModel

client = OpenAI()

class AufsatzBewerten(BaseModel):
    note: int


def aufsatz_bewerten(thema: str, aufsatz: str):
    completion = client.chat.completions.parse(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "system", "content": "Bewerte Erörterungen der 10. Klasse nach dem Bewertungsraster (Aufbau, Argumentation, Sprache) mit einer Note von 1 bis 6."},
            {"role": "user", "content": f"Thema: {thema}\n\nText:\n{aufsatz}"},
        ],
        max_tokens=10,
        temperature=0,
        response_format=AufsatzBewerten,
    )
    return completion.choices[0].message.parsed
