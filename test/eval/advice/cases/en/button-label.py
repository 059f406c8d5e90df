from langchain_openai import ChatOpenAI
from langchain_core.prompts import ChatPromptTemplate

llm = ChatOpenAI(model="gpt-4o", max_tokens=6, temperature=0.2)

prompt = ChatPromptTemplate.from_messages(
    [
        ("human", "Action: {action}\nWrite a button label of at most two words."),
    ]
)
chain = prompt | llm


def button_label(action: str):
    result = chain.invoke(
        {"action": action}
    )
    return result.content.strip()
