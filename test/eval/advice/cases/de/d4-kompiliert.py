from openai import OpenAI

client = OpenAI()


def d4_kompiliert(quellcode: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "system", "content": "Du prüfst Code vor dem Merge."},
            {"role": "user", "content": f"Java-Code:\n{quellcode}\n\nKompiliert dieser Code ohne Fehler? Antworte nur mit ja oder nein."},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
