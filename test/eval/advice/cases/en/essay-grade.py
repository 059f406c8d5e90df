from langchain_openai import ChatOpenAI
from langchain_core.prompts import ChatPromptTemplate
from pydantic import BaseModel

llm = ChatOpenAI(model="gpt-4.1", max_tokens=20, temperature=0)

class EssayGrade(BaseModel):
    score: int

prompt = ChatPromptTemplate.from_messages(
    [
        ("system", "Grade the essay from 0 to 10 against the rubric: thesis clarity (3), use of evidence (3), counter-arguments (2), style (2). Be strict and consistent with our calibration samples."),
        ("human", "Prompt given to students: {assignment}\n\nEssay:\n{essay}"),
    ]
)
chain = prompt | llm.with_structured_output(EssayGrade)


def essay_grade(assignment: str, essay: str):
    result = chain.invoke(
        {"assignment": assignment, "essay": essay}
    )
    return result
