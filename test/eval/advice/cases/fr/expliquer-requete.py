from google import genai
from google.genai import types

client = genai.Client()


def expliquer_requete(sql: str):
    response = client.models.generate_content(
        model="gemini-2.5-pro",
        contents=f"Explique en deux phrases à une cheffe de produit ce que fait cette requête SQL :\n{sql}",
        config=types.GenerateContentConfig(
            max_output_tokens=150,
            temperature=0.3,
        ),
    )
    return response.text.strip()
