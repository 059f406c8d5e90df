from openai import OpenAI

client = OpenAI()


def kuendigung_wirksam(sachverhalt: str):
    response = client.responses.create(
        model="gpt-4.1",
        instructions="Du prüfst Kündigungen von Wohnraummietverträgen nach BGB (Form, Frist, Begründung, Zugang).",
        input=f"Sachverhalt:\n{sachverhalt}\n\nIst die Kündigung wirksam? Antworte WIRKSAM oder UNWIRKSAM.",
        max_output_tokens=16,
        temperature=0,
    )
    return response.output_text.strip()
