from openai import OpenAI

client = OpenAI()


def d4_interacao_medicamentos(medicamentos: str, novo_medicamento: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "system", "content": "Você apoia farmacêuticos hospitalares."},
            {"role": "user", "content": f"Medicamentos em uso:\n{medicamentos}\n\nNovo medicamento: {novo_medicamento}\n\nExiste interação perigosa? Responda apenas sim ou não."},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
