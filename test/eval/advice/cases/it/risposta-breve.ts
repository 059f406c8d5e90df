import { ChatOpenAI } from '@langchain/openai';

const llm = new ChatOpenAI({
  model: 'gpt-4.1',
  maxTokens: 60,
  temperature: 0.6,
});

export async function rispostaBreve(chat: string) {
  const reply = await llm.invoke([
    ['system', `Suggerisci una frase che l'operatore può inviare al cliente. Cordiale, concreta, senza promesse.`],
    ['human', `Chat:\n${chat}`],
  ]);
  return String(reply.content).trim();
}
