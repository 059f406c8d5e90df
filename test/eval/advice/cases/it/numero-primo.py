from langchain_openai import ChatOpenAI
from langchain_core.prompts import ChatPromptTemplate

llm = ChatOpenAI(model="gpt-4o", max_tokens=2, temperature=0)

prompt = ChatPromptTemplate.from_messages(
    [
        ("human", "{numero} è un numero primo? Rispondi sì o no."),
    ]
)
chain = prompt | llm


def numero_primo(numero: str):
    result = chain.invoke(
        {"numero": numero}
    )
    return result.content.strip()
