import litellm


def problema_matematica(liberi: str):
    response = litellm.completion(
        model="gemini/gemini-1.5-pro",
        messages=[
            {"role": "user", "content": f"In una classe, se si siedono 3 studenti per banco restano 2 studenti in piedi; se si siedono 4 per banco restano {liberi} banchi vuoti. Quanti studenti ci sono? Rispondi solo con il numero."},
        ],
        max_tokens=4,
        temperature=0,
    )
    return response.choices[0].message.content.strip()
