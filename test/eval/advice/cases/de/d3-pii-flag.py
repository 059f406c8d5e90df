import json
from openai import OpenAI

client = OpenAI()


def d3_pii_flag(text: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": "Enthält der folgende Text personenbezogene Daten wie Namen, Adressen, Telefonnummern oder IBANs? Antworte nur mit JSON: {\"personenbezogen\": true} oder {\"personenbezogen\": false}.\n\nText:\n" + text},
        ],
        max_tokens=10,
        temperature=0,
        response_format={"type": "json_object"},
    )
    return json.loads(completion.choices[0].message.content)
