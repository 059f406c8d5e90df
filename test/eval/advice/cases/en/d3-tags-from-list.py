import litellm


def d3_tags_from_list(article: str):
    response = litellm.completion(
        model="gemini/gemini-1.5-pro",
        messages=[
            {"role": "system", "content": "You tag articles for the newsletter archive."},
            {"role": "user", "content": "Allowed tags: [\"ai\", \"security\", \"cloud\", \"databases\", \"frontend\", \"careers\"]. Reply with a JSON array of the tags that apply to the article in the next message, nothing else."},
            {"role": "user", "content": article},
        ],
        max_tokens=30,
        temperature=0,
    )
    return response.choices[0].message.content.strip()
