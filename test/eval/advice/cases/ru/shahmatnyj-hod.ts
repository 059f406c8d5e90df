import { ChatAnthropic } from '@langchain/anthropic';

const llm = new ChatAnthropic({
  model: 'claude-opus-4-1-20250805',
  maxTokens: 5,
  temperature: 0,
});

export async function shahmatnyjHod(fen: string) {
  const reply = await llm.invoke([
    ['human', `Позиция (FEN): ${fen}\nХод белых. Назови лучший ход в нотации UCI, без пояснений.`],
  ]);
  return String(reply.content).trim();
}
