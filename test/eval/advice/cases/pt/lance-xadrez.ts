import { ChatOpenAI } from '@langchain/openai';

const llm = new ChatOpenAI({
  model: 'gpt-4o',
  maxTokens: 5,
  temperature: 0,
});

export async function lanceXadrez(fen: string) {
  const reply = await llm.invoke([
    ['human', `FEN: ${fen}\nQual o melhor lance para as brancas? Apenas o lance em notação UCI.`],
  ]);
  return String(reply.content).trim();
}
