import litellm


def yuyan_shibie(wenben: str):
    response = litellm.completion(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"识别以下文本的语言，只返回 ISO 639-1 代码。\n{wenben}"},
        ],
        max_tokens=2,
        temperature=0,
    )
    return response.choices[0].message.content.strip()
