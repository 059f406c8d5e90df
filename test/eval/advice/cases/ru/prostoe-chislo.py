from google import genai
from google.genai import types

client = genai.Client()


def prostoe_chislo(chislo: str):
    response = client.models.generate_content(
        model="gemini-1.5-pro",
        contents=f"Является ли {chislo} простым числом? Ответь «да» или «нет».",
        config=types.GenerateContentConfig(
            max_output_tokens=2,
            temperature=0,
        ),
    )
    return response.text.strip()
