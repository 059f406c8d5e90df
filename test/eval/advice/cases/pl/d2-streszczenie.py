from openai import OpenAI

client = OpenAI()


def d2_streszczenie(skarga: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Streść tę skargę jednym zdaniem:\n{skarga}"},
        ],
        max_tokens=30,
        temperature=0.2,
    )
    return completion.choices[0].message.content.strip()
