import litellm


def yubin_bango(jusho: str):
    response = litellm.completion(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"この住所の郵便番号を「000-0000」の形式で答えてください。\n{jusho}"},
        ],
        max_tokens=6,
        temperature=0,
    )
    return response.choices[0].message.content.strip()
