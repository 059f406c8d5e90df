from google import genai
from google.genai import types

client = genai.Client()


def gaekgwansik(munje: str, a: str, b: str, c: str, d: str):
    response = client.models.generate_content(
        model="gemini-2.5-pro",
        contents=f"{munje}\n\nA) {a}\nB) {b}\nC) {c}\nD) {d}\n\nA, B, C, D 중 하나로만 답하세요.",
        config=types.GenerateContentConfig(
            max_output_tokens=1,
            temperature=0,
        ),
    )
    return response.text.strip()
