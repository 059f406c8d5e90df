from openai import OpenAI

client = OpenAI()


def d4_programmiersprache(funktion: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Code:\n{funktion}\n\nIn welcher Programmiersprache ist dieser Code geschrieben? Antworte nur mit einer von: Python, Java, Go, Rust."},
        ],
        max_tokens=4,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
