import anthropic

client = anthropic.Anthropic()

BUSHO_PROMPT = "担当部署：営業部、経理部、人事部、情報システム部。該当する部署名だけを答えてください。"


def tantou_busho(irai: str):
    message = client.messages.create(
        model="claude-opus-4-1-20250805",
        max_tokens=6,
        temperature=0,
        system=BUSHO_PROMPT,
        messages=[{"role": "user", "content": f"依頼内容：{irai}"}],
    )
    return message.content[0].text.strip()
