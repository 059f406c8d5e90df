from openai import OpenAI
from pydantic import BaseModel

client = OpenAI()

class DatiFattura(BaseModel):
    partitaIva: str
    data: str
    totale: float


def dati_fattura(fattura: str):
    completion = client.chat.completions.parse(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Dalla fattura estrai partita IVA, data e importo totale.\n\n{fattura}"},
        ],
        max_tokens=60,
        temperature=0,
        response_format=DatiFattura,
    )
    return completion.choices[0].message.parsed
