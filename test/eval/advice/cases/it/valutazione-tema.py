from langchain_anthropic import ChatAnthropic
from langchain_core.prompts import ChatPromptTemplate
from pydantic import BaseModel

llm = ChatAnthropic(model="claude-opus-4-1-20250805", max_tokens=20, temperature=0)

class ValutazioneTema(BaseModel):
    voto: float

prompt = ChatPromptTemplate.from_messages(
    [
        ("system", "Valuta il tema secondo la griglia ministeriale (pertinenza, argomentazione, correttezza linguistica) con un voto in decimi."),
        ("human", "Traccia: {traccia}\n\nTema:\n{tema}"),
    ]
)
chain = prompt | llm.with_structured_output(ValutazioneTema)


def valutazione_tema(traccia: str, tema: str):
    result = chain.invoke(
        {"traccia": traccia, "tema": tema}
    )
    return result
