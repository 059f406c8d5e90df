import anthropic

client = anthropic.Anthropic()


def d2_resposta_contexto(trechos: str, mensagem: str):
    message = client.messages.create(
        model="claude-opus-4-1-20250805",
        max_tokens=150,
        temperature=0.2,
        system="Responda à pergunta do cliente usando somente os trechos da base de conhecimento abaixo.",
        messages=[{"role": "user", "content": f"Trechos:\n{trechos}\n\nMensagem do cliente: {mensagem}"}],
    )
    return message.content[0].text.strip()
