from openai import OpenAI

client = OpenAI()


def d2_fragment_relevant(zoekterm: str, fragment: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Zoekvraag: {zoekterm}\nFragment: {fragment}\n\nIs het fragment relevant? ja of nee"},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
