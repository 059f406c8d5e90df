from openai import OpenAI

client = OpenAI()


def boan_chwiyakjeom(code: str):
    response = client.responses.create(
        model="gpt-4.1",
        input=f"이 코드에 SQL 인젝션 취약점이 있나요? \"예\" 또는 \"아니오\"로만 답하세요.\n\n{code}",
        max_output_tokens=16,
        temperature=0,
    )
    return response.output_text.strip()
