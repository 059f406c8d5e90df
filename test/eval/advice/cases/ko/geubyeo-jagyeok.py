from openai import OpenAI

client = OpenAI()


def geubyeo_jagyeok(sanghwang: str):
    response = client.responses.create(
        model="gpt-4.1",
        instructions="당신은 한국 고용보험법에 정통한 노무사입니다.",
        input=f"상황: {sanghwang}\n이 사람은 실업급여 수급 자격이 있나요? \"있음\" 또는 \"없음\"으로 답하세요.",
        max_output_tokens=16,
        temperature=0,
    )
    return response.output_text.strip()
