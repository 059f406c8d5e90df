import litellm


def fecha_cita(mensaje: str):
    response = litellm.completion(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Del siguiente mensaje, extrae la fecha de la cita en formato AAAA-MM-DD. Si no hay, responde \"ninguna\".\n{mensaje}"},
        ],
        max_tokens=8,
        temperature=0,
    )
    return response.choices[0].message.content.strip()
