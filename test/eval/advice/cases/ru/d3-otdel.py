from openai import OpenAI

client = OpenAI()


def d3_otdel(obrashchenie: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Обращение:\n{obrashchenie}\n\nК какому отделу относится обращение: бухгалтерия, склад, доставка или юристы? Ответь одним словом."},
        ],
        max_tokens=4,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
