from openai import OpenAI

client = OpenAI()


def kyufu_shikaku(jokyo: str):
    response = client.responses.create(
        model="gpt-4.1",
        instructions="あなたは日本の雇用保険制度に詳しい社会保険労務士です。",
        input=f"状況：{jokyo}\nこの人は失業給付（基本手当）を受給できますか？「できる」か「できない」で答えてください。",
        max_output_tokens=16,
        temperature=0,
    )
    return response.output_text.strip()
