from openai import OpenAI
from pydantic import BaseModel

client = OpenAI()

class ZuowenPingfen(BaseModel):
    fenshu: int


def zuowen_pingfen(timu: str, zuowen: str):
    completion = client.chat.completions.parse(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "system", "content": "按照高考作文评分标准（内容、表达、发展等级）给作文打分，满分60分。"},
            {"role": "user", "content": f"题目：{timu}\n\n作文：\n{zuowen}"},
        ],
        max_tokens=20,
        temperature=0,
        response_format=ZuowenPingfen,
    )
    return completion.choices[0].message.parsed
