from openai import OpenAI

client = OpenAI()


def d2_est_srok(pismo: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"Письмо:\n{pismo}\n\nУпоминается ли в письме срок? Ответь да или нет."},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
