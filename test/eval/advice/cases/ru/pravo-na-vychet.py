from langchain_google_genai import ChatGoogleGenerativeAI
from langchain_core.prompts import ChatPromptTemplate

llm = ChatGoogleGenerativeAI(model="gemini-2.5-pro", max_output_tokens=2, temperature=0)

prompt = ChatPromptTemplate.from_messages(
    [
        ("system", "Ты налоговый консультант, знаешь Налоговый кодекс РФ."),
        ("human", "Ситуация: {situaciya}\nИмеет ли человек право на имущественный налоговый вычет? Ответь ДА или НЕТ."),
    ]
)
chain = prompt | llm


def pravo_na_vychet(situaciya: str):
    result = chain.invoke(
        {"situaciya": situaciya}
    )
    return result.content.strip()
