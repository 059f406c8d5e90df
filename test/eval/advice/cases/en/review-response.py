import litellm


def review_response(stars: str, review: str):
    response = litellm.completion(
        model="gemini/gemini-2.5-pro",
        messages=[
            {"role": "system", "content": "Reply on behalf of the hotel manager to guest reviews. Acknowledge specifics, apologise where due, invite them back. Under 100 words."},
            {"role": "user", "content": f"Review ({stars} stars): {review}"},
        ],
        max_tokens=200,
        temperature=0.6,
    )
    return response.choices[0].message.content.strip()
