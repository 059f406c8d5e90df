from openai import OpenAI

client = OpenAI()


def d4_scelta_fornitore(requisiti: str, fornitori: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Requisiti del progetto:\n{requisiti}\n\nFornitori candidati:\n{fornitori}\n\nQuale fornitore conviene scegliere? Rispondi solo con il numero."},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
