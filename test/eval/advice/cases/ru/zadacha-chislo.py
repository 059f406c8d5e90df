from openai import OpenAI

client = OpenAI()


def zadacha_chislo(d: str):
    response = client.responses.create(
        model="gpt-4.1",
        input=f"Лодка прошла {d} км по течению и столько же против течения за 7 часов. Скорость течения 2 км/ч. Какова собственная скорость лодки в км/ч? Ответь только числом.",
        max_output_tokens=16,
        temperature=0,
    )
    return response.output_text.strip()
