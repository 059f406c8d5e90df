import litellm


def alt_text(product_name: str, tags: str):
    response = litellm.completion(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Product: {product_name}\nPhoto tags: {tags}\nWrite alt text for the product photo, under 15 words."},
        ],
        max_tokens=40,
        temperature=0.3,
    )
    return response.choices[0].message.content.strip()
