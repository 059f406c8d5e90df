from langchain_openai import ChatOpenAI
from langchain_core.prompts import ChatPromptTemplate

llm = ChatOpenAI(model="gpt-4o", max_tokens=4, temperature=0)

prompt = ChatPromptTemplate.from_messages(
    [
        ("human", "Statusmeldung des Paketdienstes: {meldung}\nOrdne zu: unterwegs, zugestellt, verzögert, zurück an Absender."),
    ]
)
chain = prompt | llm


def lieferstatus(meldung: str):
    result = chain.invoke(
        {"meldung": meldung}
    )
    return result.content.strip()
