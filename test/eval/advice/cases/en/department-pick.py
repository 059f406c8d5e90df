from openai import OpenAI

client = OpenAI()

OWNER_PROMPT = """Which team should own this request?
- design
- frontend
- backend
- data
- devops
Return only the team."""


def department_pick(request: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "system", "content": OWNER_PROMPT},
            {"role": "user", "content": request},
        ],
        max_tokens=3,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
