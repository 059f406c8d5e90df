from openai import OpenAI

client = OpenAI()


def d3_conta_allegati(email: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Email:\n{email}\n\nQuanti allegati sono citati? Rispondi solo con il numero."},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
