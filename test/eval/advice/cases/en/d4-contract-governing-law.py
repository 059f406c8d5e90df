from openai import OpenAI

client = OpenAI()


def d4_contract_governing_law(contract_text: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"Contract:\n{contract_text}\n\nDoes this contract contain a governing-law clause? Answer yes or no."},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
