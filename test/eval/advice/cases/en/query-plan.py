import litellm


def query_plan(plan: str):
    response = litellm.completion(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"EXPLAIN ANALYZE output:\n{plan}\n\nWhy is this query slow and which index would fix it?"},
        ],
        max_tokens=600,
        temperature=0,
    )
    return response.choices[0].message.content.strip()
