from openai import OpenAI

client = OpenAI()


def alert_dangjik(alert: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"모니터링 알림: {alert}\n지금 당직 엔지니어를 호출해야 하나요? \"예\" 또는 \"아니오\"로만 답하세요."},
        ],
        max_tokens=3,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
