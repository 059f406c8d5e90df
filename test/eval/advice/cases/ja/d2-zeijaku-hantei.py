from google import genai
from google.genai import types

client = genai.Client()


def d2_zeijaku_hantei(code_henkou: str):
    response = client.models.generate_content(
        model="gemini-1.5-pro",
        contents=f"コード：\n{code_henkou}\n\nこの変更で、外部から任意のファイルを読み出せるようになりますか？trueかfalseで答えてください。",
        config=types.GenerateContentConfig(
            system_instruction="あなたはリリース前のコードを確認するレビュアーです。",
            max_output_tokens=2,
            temperature=0,
        ),
    )
    return response.text.strip()
