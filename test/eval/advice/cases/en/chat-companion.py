import litellm


def chat_companion(student_message: str, history: list[dict]):
    response = litellm.completion(
        model="gpt-4o",
        messages=[
            {"role": "system", "content": "You are Juniper, a study buddy for high-school students. Ask guiding questions rather than giving answers outright."},
            *history,
            {"role": "user", "content": student_message},
        ],
        max_tokens=350,
        temperature=0.7,
    )
    return response.choices[0].message.content.strip()
