from openai import OpenAI

client = OpenAI()


def d2_dzial(wiadomosc: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "user", "content": f"Wiadomość klienta:\n{wiadomosc}\n\nOdpowiedz jednym słowem: reklamacje, faktury, dostawy lub inne."},
        ],
        max_tokens=4,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
