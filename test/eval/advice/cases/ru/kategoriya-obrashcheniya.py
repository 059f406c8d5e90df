from openai import OpenAI

client = OpenAI()


def kategoriya_obrashcheniya(obrashchenie: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "system", "content": "Отнеси обращение клиента к одной из категорий: оплата, доставка, возврат, аккаунт, другое. Ответь только названием категории."},
            {"role": "user", "content": obrashchenie},
        ],
        max_tokens=4,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
