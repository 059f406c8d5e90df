import litellm


def gijiroku_yoyaku(gijiroku: str):
    response = litellm.completion(
        model="gemini/gemini-1.5-pro",
        messages=[
            {"role": "user", "content": f"次の議事録を、決定事項・課題・担当者ごとのToDoに分けて要約してください。\n\n{gijiroku}"},
        ],
        max_tokens=500,
        temperature=0.2,
    )
    return response.choices[0].message.content.strip()
