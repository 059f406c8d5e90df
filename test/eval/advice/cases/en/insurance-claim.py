from openai import OpenAI

client = OpenAI()


def insurance_claim(policy: str, claim: str):
    response = client.responses.create(
        model="gpt-4.1",
        instructions="Decide whether the claim is covered under the policy wording provided. Answer COVERED, NOT_COVERED or NEEDS_ADJUSTER.",
        input=f"Policy:\n{policy}\n\nClaim:\n{claim}",
        max_output_tokens=16,
        temperature=0,
    )
    return response.output_text.strip()
