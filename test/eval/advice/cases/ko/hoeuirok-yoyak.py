import litellm


def hoeuirok_yoyak(hoeuirok: str):
    response = litellm.completion(
        model="gemini/gemini-1.5-pro",
        messages=[
            {"role": "user", "content": f"다음 회의록을 결정 사항, 미해결 이슈, 담당자별 할 일로 요약하세요.\n\n{hoeuirok}"},
        ],
        max_tokens=500,
        temperature=0.2,
    )
    return response.choices[0].message.content.strip()
