import litellm


def kefu_huifu(xiaoxi: str, history: list[dict]):
    response = litellm.completion(
        model="gemini/gemini-1.5-pro",
        messages=[
            {"role": "system", "content": "你是一家电商平台的智能客服，请用礼貌、简洁的中文回答用户问题，不要承诺赔偿。"},
            *history,
            {"role": "user", "content": xiaoxi},
        ],
        max_tokens=400,
        temperature=0.4,
    )
    return response.choices[0].message.content.strip()
