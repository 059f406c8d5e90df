import litellm


def riassunto_verbale(verbale: str):
    response = litellm.completion(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Riassumi il verbale del consiglio in cinque punti elenco:\n\n{verbale}"},
        ],
        max_tokens=350,
        temperature=0.2,
    )
    return response.choices[0].message.content.strip()
