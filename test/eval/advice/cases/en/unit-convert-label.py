from openai import OpenAI

client = OpenAI()


def unit_convert_label(recipe: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Recipe text: {recipe}\nmetric or imperial?"},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
