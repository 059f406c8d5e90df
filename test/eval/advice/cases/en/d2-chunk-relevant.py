from google import genai
from google.genai import types

client = genai.Client()


def d2_chunk_relevant(search_query: str, chunk: str):
    response = client.models.generate_content(
        model="gemini-1.5-pro",
        contents=f"Search query: {search_query}\nRetrieved chunk: {chunk}\n\nIs the chunk relevant to the query? yes or no",
        config=types.GenerateContentConfig(
            max_output_tokens=2,
            temperature=0,
        ),
    )
    return response.text.strip()
