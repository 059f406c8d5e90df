from langchain_openai import ChatOpenAI
from langchain_core.prompts import ChatPromptTemplate

llm = ChatOpenAI(model="gpt-4o", max_tokens=1, temperature=0)

prompt = ChatPromptTemplate.from_messages(
    [
        ("human", "Courriel : {courriel}\nLe client veut-il résilier son abonnement ? Réponds true ou false."),
    ]
)
chain = prompt | llm


def demande_resiliation(courriel: str):
    result = chain.invoke(
        {"courriel": courriel}
    )
    return result.content.strip()
