import litellm

OTDELY_PROMPT = "Отделы: бухгалтерия, отдел кадров, юридический отдел, ИТ. Назови только отдел, который должен заняться письмом."


def otdel(pismo: str):
    response = litellm.completion(
        model="gpt-4o",
        messages=[
            {"role": "system", "content": OTDELY_PROMPT},
            {"role": "user", "content": pismo},
        ],
        max_tokens=5,
        temperature=0,
    )
    return response.choices[0].message.content.strip()
