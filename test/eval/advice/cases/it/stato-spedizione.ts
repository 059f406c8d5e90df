import { ChatOpenAI } from '@langchain/openai';

const llm = new ChatOpenAI({
  model: 'gpt-4o',
  maxTokens: 4,
  temperature: 0,
});

export async function statoSpedizione(messaggio: string) {
  const reply = await llm.invoke([
    ['human', `Messaggio del corriere: ${messaggio}\nStato: in transito, consegnato, in ritardo o reso.`],
  ]);
  return String(reply.content).trim();
}
