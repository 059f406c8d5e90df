from google import genai
from google.genai import types
from typing import Literal

from pydantic import BaseModel

client = genai.Client()

class ModalidadTrabajo(BaseModel):
    modalidad: Literal["remoto", "híbrido", "presencial"]


def modalidad_trabajo(ubicacion: str):
    response = client.models.generate_content(
        model="gemini-2.5-pro",
        contents=f"Ubicación: {ubicacion}",
        config=types.GenerateContentConfig(
            system_instruction="Normaliza la modalidad de la oferta de empleo.",
            max_output_tokens=6,
            temperature=0,
            response_mime_type="application/json",
            response_schema=ModalidadTrabajo,
        ),
    )
    return response.parsed
