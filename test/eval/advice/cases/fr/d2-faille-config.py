import anthropic

client = anthropic.Anthropic()


def d2_faille_config(config: str):
    message = client.messages.create(
        model="claude-sonnet-4-20250514",
        max_tokens=10,
        temperature=0,
        system="Tu audites la configuration des serveurs web.",
        messages=[{"role": "user", "content": f"Configuration nginx :\n{config}\n\nCette configuration expose-t-elle des fichiers sensibles à un attaquant ?"}],
        tools=[
            {
                "name": "record_result",
                "description": "Record the result.",
                "input_schema": {
                    "type": "object",
                    "properties": {
                        "expose": {
                            "type": "boolean",
                        },
                    },
                    "required": ["expose"],
                    "additionalProperties": False,
                },
            },
        ],
        tool_choice={"type": "tool", "name": "record_result"},
    )
    return next(b.input for b in message.content if b.type == "tool_use")
