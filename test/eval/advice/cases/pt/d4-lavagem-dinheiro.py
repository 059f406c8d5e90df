from openai import OpenAI

client = OpenAI()


def d4_lavagem_dinheiro(transacoes: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"Transações do cliente:\n{transacoes}\n\nEstas transações indicam lavagem de dinheiro? Responda apenas sim ou não."},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
