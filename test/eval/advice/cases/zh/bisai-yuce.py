from google import genai
from google.genai import types

client = genai.Client()


def bisai_yuce(shuju: str):
    response = client.models.generate_content(
        model="gemini-1.5-pro",
        contents=f"两队数据：{shuju}\n预测比赛结果：主胜、平局或客胜。",
        config=types.GenerateContentConfig(
            max_output_tokens=3,
            temperature=0,
        ),
    )
    return response.text.strip()
