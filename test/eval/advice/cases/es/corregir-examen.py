from openai import OpenAI
from pydantic import BaseModel

client = OpenAI()

class CorregirExamen(BaseModel):
    nota: float
    justificacion: str


def corregir_examen(pregunta: str, respuesta: str):
    completion = client.chat.completions.parse(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "system", "content": "Corrige respuestas de examen de física de bachillerato. Asigna una nota de 0 a 10 y justifica brevemente."},
            {"role": "user", "content": f"Pregunta: {pregunta}\nRespuesta del alumno: {respuesta}"},
        ],
        max_tokens=150,
        temperature=0,
        response_format=CorregirExamen,
    )
    return completion.choices[0].message.parsed
