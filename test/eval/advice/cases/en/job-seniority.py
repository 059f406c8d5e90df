from langchain_google_genai import ChatGoogleGenerativeAI
from langchain_core.prompts import ChatPromptTemplate

llm = ChatGoogleGenerativeAI(model="gemini-2.5-pro", max_output_tokens=3, temperature=0)

prompt = ChatPromptTemplate.from_messages(
    [
        ("human", "Job title: {job_title}\nOne of junior, mid, senior, lead, executive:"),
    ]
)
chain = prompt | llm


def job_seniority(job_title: str):
    result = chain.invoke(
        {"job_title": job_title}
    )
    return result.content.strip()
