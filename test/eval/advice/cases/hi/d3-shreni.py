from openai import OpenAI

client = OpenAI()


def d3_shreni(shikayat: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"शिकायत:\n{shikayat}\n\nकेवल एक शब्द में उत्तर दें: भुगतान, डिलीवरी, वापसी या अन्य।"},
        ],
        max_tokens=4,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
