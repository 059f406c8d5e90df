from openai import OpenAI

client = OpenAI()


def agent_with_tools(message: str, history: list[dict]):
    completion = client.chat.completions.create(
        model="gpt-4.1",
        messages=[
            {"role": "system", "content": "You are an order support agent. Use the tools to look things up before answering."},
            *history,
            {"role": "user", "content": message},
        ],
        max_tokens=500,
        temperature=0.2,
        tools=[
            {
                "type": "function",
                "function": {
                    "name": "get_order_status",
                    "description": "Look up an order by id",
                    "parameters": {
                        "type": "object",
                        "properties": {
                            "orderId": {
                                "type": "string",
                            },
                        },
                        "required": ["orderId"],
                    },
                },
            },
            {
                "type": "function",
                "function": {
                    "name": "create_return_label",
                    "description": "Create a return label for an order",
                    "parameters": {
                        "type": "object",
                        "properties": {
                            "orderId": {
                                "type": "string",
                            },
                        },
                        "required": ["orderId"],
                    },
                },
            },
        ],
    )
    return completion.choices[0].message.content.strip()
