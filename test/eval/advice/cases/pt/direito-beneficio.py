from openai import OpenAI

client = OpenAI()


def direito_beneficio(dados: str):
    response = client.responses.create(
        model="gpt-4.1",
        instructions="Você é especialista em direito previdenciário brasileiro (regras pós-reforma de 2019).",
        input=f"Dados do segurado: {dados}\nTem direito à aposentadoria por tempo de contribuição hoje? SIM ou NÃO.",
        max_output_tokens=16,
        temperature=0,
    )
    return response.output_text.strip()
