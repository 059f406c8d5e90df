from openai import OpenAI

client = OpenAI()


def d3_incident_root_cause(incident_data: str):
    completion = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "system", "content": "You are the on-call SRE assistant."},
            {"role": "user", "content": f"Root cause categories:\n- dns\n- certificate_expiry\n- connection_pool_exhaustion\n- memory_leak\n- bad_deploy\n\nLogs and metrics from the incident window:\n{incident_data}\n\nReturn the category that caused the outage exactly as written above."},
        ],
        max_tokens=8,
        temperature=0,
    )
    return completion.choices[0].message.content.strip()
