from openai import OpenAI
from pydantic import BaseModel

client = OpenAI()

class FactuurVelden(BaseModel):
    kvk: str
    datum: str
    totaal: float


def factuur_velden(factuur: str):
    completion = client.chat.completions.parse(
        model="gpt-4o",
        messages=[
            {"role": "system", "content": "Haal gegevens uit facturen."},
            {"role": "user", "content": f"Factuur:\n{factuur}\n\nGeef KvK-nummer, factuurdatum en totaalbedrag."},
        ],
        max_tokens=60,
        temperature=0,
        response_format=FactuurVelden,
    )
    return completion.choices[0].message.parsed
