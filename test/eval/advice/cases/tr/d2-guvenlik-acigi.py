from openai import OpenAI

client = OpenAI()


def d2_guvenlik_acigi(kod_degisikligi: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"Kod:\n{kod_degisikligi}\n\nBu kodda SQL enjeksiyonu açığı var mı? true veya false ile cevap ver."},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
