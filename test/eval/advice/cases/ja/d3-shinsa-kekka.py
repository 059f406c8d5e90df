from openai import OpenAI

client = OpenAI()


def d3_shinsa_kekka(shorui: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "system", "content": "あなたは銀行の融資審査を支援します。"},
            {"role": "user", "content": f"申込書類：\n{shorui}\n\nこの融資を承認すべきですか？「承認」「条件付き承認」「否決」のどれか一つで答えてください。"},
        ],
        max_tokens=6,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
