from openai import OpenAI

client = OpenAI()


def d4_next_migration_step(done_steps: str, remaining_steps: str):
    response = client.responses.create(
        model="gpt-4.1",
        input=f"Steps already done:\n{done_steps}\n\nRemaining steps:\n{remaining_steps}\n\nWhich remaining step must come next so that nothing breaks? Reply with its letter only.",
        max_output_tokens=16,
        temperature=0,
    )
    return response.output_text.strip()
