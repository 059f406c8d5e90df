from langchain_openai import ChatOpenAI
from langchain_core.prompts import ChatPromptTemplate

llm = ChatOpenAI(model="gpt-4o", max_tokens=2, temperature=0)

prompt = ChatPromptTemplate.from_messages(
    [
        ("human", "O cliente quer cancelar a assinatura? sim ou não\n\n{mensagem}"),
    ]
)
chain = prompt | llm


def quer_cancelar(mensagem: str):
    result = chain.invoke(
        {"mensagem": mensagem}
    )
    return result.content.strip()
