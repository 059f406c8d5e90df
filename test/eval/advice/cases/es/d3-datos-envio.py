from google import genai
from google.genai import types
from pydantic import BaseModel

client = genai.Client()

class D3DatosEnvio(BaseModel):
    nombre: str
    calle: str
    numero: str
    codigoPostal: str
    ciudad: str
    provincia: str
    telefono: str


def d3_datos_envio(correo: str):
    response = client.models.generate_content(
        model="gemini-2.5-pro",
        contents=f"Correo del pedido:\n{correo}\n\nExtrae los datos de envío.",
        config=types.GenerateContentConfig(
            max_output_tokens=150,
            temperature=0,
            response_mime_type="application/json",
            response_schema=D3DatosEnvio,
        ),
    )
    return response.parsed
