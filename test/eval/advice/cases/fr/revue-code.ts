import { ChatOpenAI } from '@langchain/openai';

const llm = new ChatOpenAI({
  model: 'gpt-4o',
  maxTokens: 3,
  temperature: 0,
});

export async function revueCode(diff: string) {
  const reply = await llm.invoke([
    ['human', `Relis ce diff et dis s'il introduit une régression. Réponds ACCEPTER ou REFUSER.\n\n${diff}`],
  ]);
  return String(reply.content).trim();
}
