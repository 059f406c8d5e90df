import litellm


def d4_claim_true(claim: str):
    response = litellm.completion(
        model="gemini/gemini-1.5-pro",
        messages=[
            {"role": "system", "content": "You are a fact-checker."},
            {"role": "user", "content": f"Claim: {claim}\n\nIs this claim true? Answer true, false or unverifiable."},
        ],
        max_tokens=4,
        temperature=0,
    )
    return response.choices[0].message.content.strip()
