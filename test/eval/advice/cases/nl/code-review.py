from openai import OpenAI

client = OpenAI()


def code_review(diff: str):
    response = client.responses.create(
        model="gpt-4.1",
        input=f"Beoordeel deze wijziging op correctheid en thread-safety. Oordeel: GOEDKEUREN of AFKEUREN.\n\n{diff}",
        max_output_tokens=16,
        temperature=0,
    )
    return response.output_text.strip()
