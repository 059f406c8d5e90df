import litellm


def code_pays(adresse: str):
    response = litellm.completion(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Adresse : {adresse}\nCode pays ISO 3166-1 alpha-2 uniquement."},
        ],
        max_tokens=2,
        temperature=0,
    )
    return response.choices[0].message.content.strip()
