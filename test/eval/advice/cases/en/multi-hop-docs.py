from openai import OpenAI

client = OpenAI()


def multi_hop_docs(docs: str, question: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"Documents:\n{docs}\n\nQuestion: {question}\nThe answer may require combining facts from several documents. Give the answer and cite the document ids."},
        ],
        max_tokens=400,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
