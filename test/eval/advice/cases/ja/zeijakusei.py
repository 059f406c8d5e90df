from openai import OpenAI

client = OpenAI()


def zeijakusei(code: str):
    response = client.responses.create(
        model="gpt-4.1",
        input=f"このコードにクロスサイトスクリプティングの脆弱性はありますか？「はい」か「いいえ」で答えてください。\n\n{code}",
        max_output_tokens=16,
        temperature=0,
    )
    return response.output_text.strip()
