from langchain_openai import ChatOpenAI
from langchain_core.prompts import ChatPromptTemplate

llm = ChatOpenAI(model="gpt-4o", max_tokens=5, temperature=0)

prompt = ChatPromptTemplate.from_messages(
    [
        ("system", "Benoem de belangrijkste drogreden: ad hominem, stropop, vals dilemma, hellend vlak, cirkelredenering, geen."),
        ("human", "{argument}"),
    ]
)
chain = prompt | llm


def drogreden(argument: str):
    result = chain.invoke(
        {"argument": argument}
    )
    return result.content.strip()
