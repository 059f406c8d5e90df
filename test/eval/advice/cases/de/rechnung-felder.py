from openai import OpenAI
from pydantic import BaseModel

client = OpenAI()

class RechnungFelder(BaseModel):
    rechnungsnummer: str
    brutto: float
    faellig: str


def rechnung_felder(text: str):
    completion = client.chat.completions.parse(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Lies aus dem Rechnungstext Rechnungsnummer, Bruttobetrag und Fälligkeitsdatum aus.\n\n{text}"},
        ],
        max_tokens=60,
        temperature=0,
        response_format=RechnungFelder,
    )
    return completion.choices[0].message.parsed
