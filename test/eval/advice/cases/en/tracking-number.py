from langchain_openai import ChatOpenAI
from langchain_core.prompts import ChatPromptTemplate

llm = ChatOpenAI(model="gpt-4o", max_tokens=12, temperature=0)

prompt = ChatPromptTemplate.from_messages(
    [
        ("human", "Find the parcel tracking number in this shipping email. Return it exactly as written, or NONE.\n\n{email}"),
    ]
)
chain = prompt | llm


def tracking_number(email: str):
    result = chain.invoke(
        {"email": email}
    )
    return result.content.strip()
