from openai import OpenAI

client = OpenAI()


def medical_triage(symptoms: str, vitals: str, history: str):
    response = client.responses.create(
        model="gpt-4.1",
        instructions="You are a triage nurse assistant. Given the symptoms, vitals and history, pick one: self-care, gp, urgent-care, emergency.",
        input=f"Symptoms: {symptoms}\nVitals: {vitals}\nHistory: {history}",
        max_output_tokens=16,
        temperature=0,
    )
    return response.output_text.strip()
