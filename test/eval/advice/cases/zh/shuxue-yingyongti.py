from openai import OpenAI

client = OpenAI()


def shuxue_yingyongti(tou: str):
    response = client.responses.create(
        model="gpt-4.1",
        input=f"鸡兔同笼，共有头{tou}个，脚比头的3倍少10只。问兔有多少只？只回答数字。",
        max_output_tokens=16,
        temperature=0,
    )
    return response.output_text.strip()
