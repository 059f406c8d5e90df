import json
import anthropic

client = anthropic.Anthropic()


def jeomsu_json(uigyeon: str):
    message = client.messages.create(
        model="claude-opus-4-1-20250805",
        max_tokens=10,
        temperature=0,
        messages=[{"role": "user", "content": f"고객 의견: {uigyeon}\n만족도를 1~5로 평가해 {{\"score\": N}} 형식의 JSON만 반환하세요."}],
    )
    return json.loads(message.content[0].text)
