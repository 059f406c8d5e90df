from openai import OpenAI

client = OpenAI()


def d4_hoeui_sigandae(hubo: str, iljeong: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"후보 시간대:\n{hubo}\n\n참석자 일정:\n{iljeong}\n\n모든 참석자가 참석할 수 있는 시간대는 몇 번입니까? 번호만 답하세요."},
        ],
        max_tokens=2,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
