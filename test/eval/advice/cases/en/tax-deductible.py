import litellm


def tax_deductible(year: str, expense: str):
    response = litellm.completion(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Under US federal tax rules for tax year {year}, is the following expense deductible for a sole proprietor? Answer yes or no.\n\nExpense: {expense}"},
        ],
        max_tokens=1,
        temperature=0,
    )
    return response.choices[0].message.content.strip()
