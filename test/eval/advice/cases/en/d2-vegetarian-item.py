from google import genai
from google.genai import types

client = genai.Client()


def d2_vegetarian_item(menu_items: str):
    response = client.models.generate_content(
        model="gemini-2.5-pro",
        contents=f"Menu items with ingredients:\n{menu_items}\n\nWhich item is vegetarian? Reply with its number only.",
        config=types.GenerateContentConfig(
            max_output_tokens=2,
            temperature=0,
        ),
    )
    return response.text.strip()
