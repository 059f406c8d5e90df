from openai import OpenAI

client = OpenAI()


def hipaa_compliant(flow: str):
    response = client.responses.create(
        model="gpt-4.1",
        input=f"Data flow description:\n{flow}\n\nIs this HIPAA compliant as described? COMPLIANT or NON_COMPLIANT",
        max_output_tokens=16,
        temperature=0,
    )
    return response.output_text.strip()
