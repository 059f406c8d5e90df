from openai import OpenAI

client = OpenAI()


def d4_dogovor_cena(dogovor: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Договор поставки:\n{dogovor}\n\nМожет ли поставщик в одностороннем порядке изменить цену по этому договору? Ответь только да или нет."},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
