from openai import OpenAI

client = OpenAI()


def rezyume_vstrechi(stenogramma: str):
    response = client.responses.create(
        model="gpt-4.1",
        input=f"Кратко перескажи стенограмму встречи: решения, открытые вопросы, задачи с ответственными.\n\n{stenogramma}",
        max_output_tokens=500,
        temperature=0.2,
    )
    return response.output_text.strip()
