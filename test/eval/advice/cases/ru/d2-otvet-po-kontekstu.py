import anthropic

client = anthropic.Anthropic()


def d2_otvet_po_kontekstu(fragmenty: str, soobshchenie: str):
    message = client.messages.create(
        model="claude-opus-4-1-20250805",
        max_tokens=150,
        temperature=0.2,
        system="Отвечай на вопрос пользователя только по найденным фрагментам ниже. Если ответа в них нет, так и скажи.",
        messages=[{"role": "user", "content": f"Фрагменты:\n{fragmenty}\n\nПользователь: {soobshchenie}"}],
    )
    return message.content[0].text.strip()
