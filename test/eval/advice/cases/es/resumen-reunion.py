import litellm


def resumen_reunion(transcripcion: str):
    response = litellm.completion(
        model="gemini/gemini-1.5-pro",
        messages=[
            {"role": "user", "content": f"Resume esta transcripción de reunión en un párrafo y una lista de tareas con responsables:\n\n{transcripcion}"},
        ],
        max_tokens=500,
        temperature=0.2,
    )
    return response.choices[0].message.content.strip()
