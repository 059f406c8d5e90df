from langchain_google_genai import ChatGoogleGenerativeAI
from langchain_core.prompts import ChatPromptTemplate

llm = ChatGoogleGenerativeAI(model="gemini-2.5-pro", max_output_tokens=10, temperature=0.3)

prompt = ChatPromptTemplate.from_messages(
    [
        ("human", "File: {file}\nProponi un nome di cartella di massimo tre parole."),
    ]
)
chain = prompt | llm


def nome_cartella(file: str):
    result = chain.invoke(
        {"file": file}
    )
    return result.content.strip()
