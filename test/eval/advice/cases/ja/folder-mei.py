from langchain_openai import ChatOpenAI
from langchain_core.prompts import ChatPromptTemplate

llm = ChatOpenAI(model="gpt-4o", max_tokens=12, temperature=0.3)

prompt = ChatPromptTemplate.from_messages(
    [
        ("human", "ファイル一覧：{files}\n10文字以内のフォルダ名を提案してください。"),
    ]
)
chain = prompt | llm


def folder_mei(files: str):
    result = chain.invoke(
        {"files": files}
    )
    return result.content.strip()
