from google import genai
from google.genai import types

client = genai.Client()


def d2_pummok_su(jumun: str):
    response = client.models.generate_content(
        model="gemini-1.5-pro",
        contents=f"주문 내역:\n{jumun}\n\n주문한 상품은 모두 몇 종류입니까? 숫자만 답하세요.",
        config=types.GenerateContentConfig(
            max_output_tokens=3,
            temperature=0,
        ),
    )
    return response.text.strip()
