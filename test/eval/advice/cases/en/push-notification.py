from openai import OpenAI

client = OpenAI()


def push_notification(order_id: str, carrier: str):
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Order {order_id} shipped via {carrier}. Write a push notification, max 60 characters."},
        ],
        max_tokens=25,
        temperature=0.6,
    )
    return completion.choices[0].message.content.strip()
