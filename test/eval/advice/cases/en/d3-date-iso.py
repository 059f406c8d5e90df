import litellm


def d3_date_iso(raw_date: str):
    response = litellm.completion(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": "Convert this date to ISO 8601 (YYYY-MM-DD). Output only the date.\n\nDate: {raw_date}".format(raw_date=raw_date)},
        ],
        max_tokens=12,
        temperature=0,
    )
    return response.choices[0].message.content.strip()
