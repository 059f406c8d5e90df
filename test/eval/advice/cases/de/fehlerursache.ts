import { ChatOpenAI } from '@langchain/openai';

const llm = new ChatOpenAI({
  model: 'gpt-4.1',
  maxTokens: 900,
  temperature: 0,
});

export async function fehlerursache(logs: string, code: string) {
  const reply = await llm.invoke([
    ['human', `Hier sind Logauszüge und der betroffene Code. Finde die Ursache des Deadlocks und schlage eine Korrektur vor.\n\nLogs:\n${logs}\n\nCode:\n${code}`],
  ]);
  return String(reply.content).trim();
}
