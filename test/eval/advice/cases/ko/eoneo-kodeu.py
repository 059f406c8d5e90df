import litellm


def eoneo_kodeu(text: str):
    response = litellm.completion(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"다음 텍스트의 언어를 ISO 639-1 코드로만 답하세요.\n{text}"},
        ],
        max_tokens=2,
        temperature=0,
    )
    return response.choices[0].message.content.strip()
