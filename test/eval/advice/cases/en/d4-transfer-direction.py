import litellm


def d4_transfer_direction(transfer: str):
    response = litellm.completion(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Transfer record:\n{transfer}\n\nIs this transfer incoming or outgoing? Answer with one word."},
        ],
        max_tokens=3,
        temperature=0,
    )
    return response.choices[0].message.content.strip()
