import litellm


def physics_mcq(problem: str, a: str, b: str, c: str, d: str):
    response = litellm.completion(
        model="gemini/gemini-1.5-pro",
        messages=[
            {"role": "user", "content": f"{problem}\n\nA) {a}\nB) {b}\nC) {c}\nD) {d}\n\nAnswer with A, B, C or D."},
        ],
        max_tokens=1,
        temperature=0,
    )
    return response.choices[0].message.content.strip()
