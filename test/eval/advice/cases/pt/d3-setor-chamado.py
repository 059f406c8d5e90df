from openai import OpenAI

client = OpenAI()


def d3_setor_chamado(chamado: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"Chamado:\n{chamado}\n\nPara qual setor vai este chamado: financeiro, logística, suporte técnico ou comercial? Responda apenas com o nome do setor."},
        ],
        max_tokens=5,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
