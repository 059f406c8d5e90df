import anthropic

client = anthropic.Anthropic()


def d4_renal_dose(patient_summary: str, prescription: str):
    message = client.messages.create(
        model="claude-opus-4-1-20250805",
        max_tokens=6,
        temperature=0,
        system="You assist hospital pharmacists.",
        messages=[{"role": "user", "content": f"Patient: {patient_summary}\nPrescription: {prescription}\n\nWhat daily dose in mg is appropriate for this patient given weight and kidney function? Number only."}],
    )
    return message.content[0].text.strip()
