from openai import OpenAI

client = OpenAI()


def weiqi_luozi(sgf: str):
    response = client.responses.create(
        model="gpt-4.1",
        input=f"棋盘局面（SGF）：{sgf}\n轮到黑棋，最佳落点是哪里？只回答坐标，如 Q16。",
        max_output_tokens=16,
        temperature=0,
    )
    return response.output_text.strip()
