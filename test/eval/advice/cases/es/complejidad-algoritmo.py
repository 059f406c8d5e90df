from google import genai
from google.genai import types

client = genai.Client()


def complejidad_algoritmo(codigo: str):
    response = client.models.generate_content(
        model="gemini-1.5-pro",
        contents=f"¿Cuál es la complejidad temporal en el peor caso de esta función? Solo la notación O grande.\n\n{codigo}",
        config=types.GenerateContentConfig(
            max_output_tokens=8,
            temperature=0,
        ),
    )
    return response.text.strip()
