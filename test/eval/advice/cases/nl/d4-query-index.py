from openai import OpenAI

client = OpenAI()


def d4_query_index(query: str, schema: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Query:\n{query}\n\nSchema en indexen:\n{schema}\n\nGebruikt de database voor deze query een index? Antwoord alleen met ja of nee."},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
