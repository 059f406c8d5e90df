from openai import OpenAI

client = OpenAI()


def eligibilite_apl(dossier: str):
    response = client.responses.create(
        model="gpt-4.1",
        instructions="Tu évalues l'éligibilité aux aides au logement (APL) selon les ressources, la composition du foyer, le loyer et la zone.",
        input=f"Dossier : {dossier}\nÉligible ? Réponds OUI ou NON.",
        max_output_tokens=16,
        temperature=0,
    )
    return response.output_text.strip()
