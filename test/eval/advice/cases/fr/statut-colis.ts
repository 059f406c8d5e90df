import { ChatOpenAI } from '@langchain/openai';

const llm = new ChatOpenAI({
  model: 'gpt-4.1',
  maxTokens: 4,
  temperature: 0,
});

export async function statutColis(message: string) {
  const reply = await llm.invoke([
    ['human', `Message du transporteur : ${message}\nStatut : en transit, livré, retardé ou retourné ?`],
  ]);
  return String(reply.content).trim();
}
