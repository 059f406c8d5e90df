from openai import OpenAI

client = OpenAI()


def fraud_decision(transaction_json: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "system", "content": "Decide on card-not-present transactions: approve, review, decline. Weigh device, velocity, geolocation and merchant history."},
            {"role": "user", "content": transaction_json},
        ],
        max_tokens=3,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
