from openai import OpenAI

client = OpenAI()


def d2_bai_toan(du_kien: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Dữ kiện:\n{du_kien}\n\nSau bao nhiêu phút hai xe gặp nhau? Chỉ trả lời bằng số."},
        ],
        max_tokens=4,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
