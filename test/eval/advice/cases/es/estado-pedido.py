from langchain_openai import ChatOpenAI
from langchain_core.prompts import ChatPromptTemplate

llm = ChatOpenAI(model="gpt-4o", max_tokens=4, temperature=0)

prompt = ChatPromptTemplate.from_messages(
    [
        ("human", "Mensaje de la transportista: {mensaje}\nEstado: en tránsito, entregado, retrasado o devuelto."),
    ]
)
chain = prompt | llm


def estado_pedido(mensaje: str):
    result = chain.invoke(
        {"mensaje": mensaje}
    )
    return result.content.strip()
