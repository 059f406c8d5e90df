import json
import anthropic

client = anthropic.Anthropic()


def pingfen_json(fankui: str):
    message = client.messages.create(
        model="claude-opus-4-1-20250805",
        max_tokens=10,
        temperature=0,
        messages=[{"role": "user", "content": f"用户反馈：{fankui}\n请给出满意度评分（1-5），只返回 {{\"score\": N}} 格式的 JSON。"}],
    )
    return json.loads(message.content[0].text)
