from google import genai
from google.genai import types

client = genai.Client()


def traduzir_avaliacao(avaliacao: str):
    response = client.models.generate_content(
        model="gemini-2.5-pro",
        contents=f"Traduza esta avaliação para o inglês, mantendo o tom:\n{avaliacao}",
        config=types.GenerateContentConfig(
            max_output_tokens=300,
            temperature=0.2,
        ),
    )
    return response.text.strip()
