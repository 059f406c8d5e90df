from langchain_openai import ChatOpenAI
from langchain_core.prompts import ChatPromptTemplate

llm = ChatOpenAI(model="gpt-4o", max_tokens=20, temperature=0)

prompt = ChatPromptTemplate.from_messages(
    [
        ("human", "Make a URL slug (lowercase, hyphens, max 6 words) for the article titled: {title}"),
    ]
)
chain = prompt | llm


def slug_from_title(title: str):
    result = chain.invoke(
        {"title": title}
    )
    return result.content.strip()
