from openai import OpenAI
from pydantic import BaseModel

client = OpenAI()

class D3ExtraiEmail(BaseModel):
    email: str


def d3_extrai_email(assinatura: str):
    completion = client.chat.completions.parse(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Assinatura:\n{assinatura}\n\nExtraia o endereço de e-mail."},
        ],
        max_tokens=20,
        temperature=0,
        response_format=D3ExtraiEmail,
    )
    return completion.choices[0].message.parsed
