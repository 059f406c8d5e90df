from openai import OpenAI

client = OpenAI()


def problema_juros(valor: str):
    response = client.responses.create(
        model="gpt-4.1",
        input=f"Uma dívida de R$ {valor} cresce a 2,5% ao mês com juros compostos; o devedor paga R$ 400 ao final de cada mês. Em quantos meses a dívida será quitada? Responda só com o número inteiro de meses.",
        max_output_tokens=16,
        temperature=0,
    )
    return response.output_text.strip()
