from openai import OpenAI

client = OpenAI()


def problema_matematico(suma: str):
    response = client.responses.create(
        model="gpt-4.1",
        input=f"Ana tiene el triple de la edad que tenía Luis cuando Ana tenía la edad que Luis tiene ahora. Si la suma de sus edades actuales es {suma}, ¿cuántos años tiene Ana? Responde solo con el número.",
        max_output_tokens=16,
        temperature=0,
    )
    return response.output_text.strip()
