from openai import OpenAI

client = OpenAI()


def d2_jindan_bunryu(jeungsang: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "system", "content": "당신은 소아과 진료 기록을 돕습니다."},
            {"role": "user", "content": f"증상과 검사 결과:\n{jeungsang}\n\n가장 가능성이 높은 것은? 다음 중 하나로만 답하세요: 감기, 독감, 폐렴, 천식."},
        ],
        max_tokens=4,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
