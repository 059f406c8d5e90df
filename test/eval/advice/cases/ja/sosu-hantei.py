from google import genai
from google.genai import types

client = genai.Client()


def sosu_hantei(kazu: str):
    response = client.models.generate_content(
        model="gemini-2.5-pro",
        contents=f"{kazu} は素数ですか？「はい」か「いいえ」で答えてください。",
        config=types.GenerateContentConfig(
            max_output_tokens=3,
            temperature=0,
        ),
    )
    return response.text.strip()
