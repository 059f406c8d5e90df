import litellm


def samenvatting_notulen(notulen: str):
    response = litellm.completion(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Vat deze notulen samen in maximaal vijf bullets met besluiten en actiepunten:\n\n{notulen}"},
        ],
        max_tokens=350,
        temperature=0.2,
    )
    return response.choices[0].message.content.strip()
