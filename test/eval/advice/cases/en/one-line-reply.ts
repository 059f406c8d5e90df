import { ChatAnthropic } from '@langchain/anthropic';

const llm = new ChatAnthropic({
  model: 'claude-opus-4-1-20250805',
  maxTokens: 60,
  temperature: 0.6,
});

export async function oneLineReply(chat: string) {
  const reply = await llm.invoke([
    ['system', 'Suggest one sentence the agent could send next. Friendly, specific, no promises.'],
    ['human', `Chat so far:\n${chat}`],
  ]);
  return String(reply.content).trim();
}
