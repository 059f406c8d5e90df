import { ChatAnthropic } from '@langchain/anthropic';

const llm = new ChatAnthropic({
  model: 'claude-opus-4-1-20250805',
  maxTokens: 3,
  temperature: 0,
});

export async function werkvorm(locatie: string) {
  const reply = await llm.invoke([
    ['human', `Locatie uit de vacature: "${locatie}"\nKies: remote, hybride of op locatie.`],
  ]);
  return String(reply.content).trim();
}
