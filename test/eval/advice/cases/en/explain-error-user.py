from openai import OpenAI

client = OpenAI()


def explain_error_user(error: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "system", "content": "Explain error messages from our accounting app to non-technical users and suggest what they can try."},
            {"role": "user", "content": f"Error: {error}"},
        ],
        max_tokens=250,
        temperature=0.3,
    )
    return completion.choices[0].message.content.strip()
