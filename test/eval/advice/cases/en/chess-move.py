from langchain_google_genai import ChatGoogleGenerativeAI
from langchain_core.prompts import ChatPromptTemplate

llm = ChatGoogleGenerativeAI(model="gemini-2.5-pro", max_output_tokens=5, temperature=0)

prompt = ChatPromptTemplate.from_messages(
    [
        ("human", "Position (FEN): {fen}\nWhite to move. Give the best move in UCI notation, nothing else."),
    ]
)
chain = prompt | llm


def chess_move(fen: str):
    result = chain.invoke(
        {"fen": fen}
    )
    return result.content.strip()
