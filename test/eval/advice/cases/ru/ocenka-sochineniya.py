from openai import OpenAI
from pydantic import BaseModel

client = OpenAI()

class OcenkaSochineniya(BaseModel):
    zachet: bool
    obosnovanie: str


def ocenka_sochineniya(tema: str, sochinenie: str):
    completion = client.chat.completions.parse(
        model="gpt-4o",
        messages=[
            {"role": "system", "content": "Оцени итоговое сочинение по критериям ФИПИ и поставь «зачёт» или «незачёт» с кратким обоснованием."},
            {"role": "user", "content": f"Тема: {tema}\n\nСочинение:\n{sochinenie}"},
        ],
        max_tokens=150,
        temperature=0,
        response_format=OcenkaSochineniya,
    )
    return completion.choices[0].message.parsed
