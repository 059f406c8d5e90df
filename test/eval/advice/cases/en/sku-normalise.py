import json
from openai import OpenAI

client = OpenAI()


def sku_normalise(title: str):
    response = client.responses.create(
        model="gpt-4.1",
        input=f"Title: {title}\nReturn JSON with \"size\" and \"color\" (null when missing).",
        max_output_tokens=30,
        temperature=0,
        text={"format": {"type": "json_object"}},
    )
    return json.loads(response.output_text)
