from google import genai
from google.genai import types

client = genai.Client()


def imya_papki(fajly: str):
    response = client.models.generate_content(
        model="gemini-2.5-pro",
        contents=f"Файлы: {fajly}\nПредложи название папки не длиннее трёх слов.",
        config=types.GenerateContentConfig(
            max_output_tokens=10,
            temperature=0.3,
        ),
    )
    return response.text.strip()
