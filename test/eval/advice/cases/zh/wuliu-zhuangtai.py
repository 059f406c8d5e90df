from langchain_openai import ChatOpenAI
from langchain_core.prompts import ChatPromptTemplate

llm = ChatOpenAI(model="gpt-4o", max_tokens=4, temperature=0)

prompt = ChatPromptTemplate.from_messages(
    [
        ("human", "快递通知：{tongzhi}\n状态只能是：运输中、已签收、延误、退回。"),
    ]
)
chain = prompt | llm


def wuliu_zhuangtai(tongzhi: str):
    result = chain.invoke(
        {"tongzhi": tongzhi}
    )
    return result.content.strip()
