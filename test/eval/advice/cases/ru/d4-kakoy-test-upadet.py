import anthropic

client = anthropic.Anthropic()


def d4_kakoy_test_upadet(kod: str, testy: str):
    message = client.messages.create(
        model="claude-opus-4-1-20250805",
        max_tokens=3,
        temperature=0,
        messages=[{"role": "user", "content": f"Код функции:\n{kod}\n\nТесты:\n{testy}\n\nКакой тест упадёт? Ответь только номером теста."}],
    )
    return message.content[0].text.strip()
