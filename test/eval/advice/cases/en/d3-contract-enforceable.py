import json
from openai import OpenAI

client = OpenAI()


def d3_contract_enforceable(clause: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": "Would a California court enforce this non-compete clause against a departing employee? Respond with JSON {\"enforceable\": true} or {\"enforceable\": false}.\n\nClause:\n" + clause},
        ],
        max_tokens=8,
        temperature=0,
        response_format={"type": "json_object"},
    )
    return json.loads(completion.choices[0].message.content)
