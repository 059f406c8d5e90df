import litellm

INTENTS = "Intents: check_balance, transfer_money, report_card_lost, open_account, talk_to_human."


def intent_label(utterance: str):
    response = litellm.completion(
        model="gemini/gemini-1.5-pro",
        messages=[
            {"role": "system", "content": INTENTS},
            {"role": "user", "content": f"User said: \"{utterance}\"\nIntent:"},
        ],
        max_tokens=6,
        temperature=0,
    )
    return response.choices[0].message.content.strip()
