from openai import OpenAI

client = OpenAI()


def judge_answers(question: str, a: str, b: str):
    response = client.responses.create(
        model="gpt-4.1",
        instructions="You are an expert judge. Compare the two answers to the question for factual accuracy and reasoning. Reply A, B or TIE.",
        input=f"Question: {question}\n\nAnswer A:\n{a}\n\nAnswer B:\n{b}",
        max_output_tokens=16,
        temperature=0,
    )
    return response.output_text.strip()
