import { ChatOpenAI } from '@langchain/openai';

const llm = new ChatOpenAI({
  model: 'gpt-4o',
  maxTokens: 2,
  temperature: 0,
});

export async function opzeggen(mail: string) {
  const reply = await llm.invoke([
    ['human', `Wil de klant het abonnement opzeggen? ja of nee\n\n${mail}`],
  ]);
  return String(reply.content).trim();
}
