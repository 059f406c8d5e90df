from langchain_google_genai import ChatGoogleGenerativeAI
from langchain_core.prompts import ChatPromptTemplate

llm = ChatGoogleGenerativeAI(model="gemini-2.5-pro", max_output_tokens=2, temperature=0)

prompt = ChatPromptTemplate.from_messages(
    [
        ("human", "Location field from a job post: \"{location}\"\nNormalise to remote, hybrid or onsite."),
    ]
)
chain = prompt | llm


def work_mode(location: str):
    result = chain.invoke(
        {"location": location}
    )
    return result.content.strip()
