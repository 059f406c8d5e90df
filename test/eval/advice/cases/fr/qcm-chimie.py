from google import genai
from google.genai import types

client = genai.Client()


def qcm_chimie(enonce: str, a: str, b: str, c: str, d: str):
    response = client.models.generate_content(
        model="gemini-1.5-pro",
        contents=f"{enonce}\n\nA) {a}\nB) {b}\nC) {c}\nD) {d}\n\nRéponds par A, B, C ou D.",
        config=types.GenerateContentConfig(
            max_output_tokens=1,
            temperature=0,
        ),
    )
    return response.text.strip()
