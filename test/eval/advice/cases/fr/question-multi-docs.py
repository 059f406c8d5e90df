from langchain_google_genai import ChatGoogleGenerativeAI
from langchain_core.prompts import ChatPromptTemplate

llm = ChatGoogleGenerativeAI(model="gemini-2.5-pro", max_output_tokens=500, temperature=0)

prompt = ChatPromptTemplate.from_messages(
    [
        ("human", "À partir des documents ci-dessous, réponds à la question en croisant les informations et cite tes sources.\n\nDocuments :\n{documents}\n\nQuestion : {question}"),
    ]
)
chain = prompt | llm


def question_multi_docs(documents: str, question: str):
    result = chain.invoke(
        {"documents": documents, "question": question}
    )
    return result.content.strip()
