from openai import OpenAI

client = OpenAI()


def d2_dois_contratos(contrato: str, aditivo: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"Contrato de prestação de serviços:\n{contrato}\n\nAditivo assinado depois:\n{aditivo}\n\nA multa por rescisão ainda se aplica se o cliente cancelar agora? Responda sim ou não."},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
