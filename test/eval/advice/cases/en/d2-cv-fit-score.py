from langchain_google_genai import ChatGoogleGenerativeAI
from langchain_core.prompts import ChatPromptTemplate

llm = ChatGoogleGenerativeAI(model="gemini-2.5-pro", max_output_tokens=4, temperature=0)

prompt = ChatPromptTemplate.from_messages(
    [
        ("system", "You screen applicants for the hiring team."),
        ("human", "Job description:\n{job_description}\n\nCandidate CV:\n{cv_text}\n\nHow well does this candidate fit the role? Give a score from 0 to 100, number only."),
    ]
)
chain = prompt | llm


def d2_cv_fit_score(job_description: str, cv_text: str):
    result = chain.invoke(
        {"job_description": job_description, "cv_text": cv_text}
    )
    return result.content.strip()
