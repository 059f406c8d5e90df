from openai import OpenAI

client = OpenAI()


def d3_riesgo_clausula(clausula: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "system", "content": "Asistes al departamento jurídico."},
            {"role": "user", "content": f"Cláusula:\n{clausula}\n\n¿Qué riesgo jurídico supone para nuestra empresa? Responde solo con la etiqueta: bajo, medio o alto."},
        ],
        max_tokens=3,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
