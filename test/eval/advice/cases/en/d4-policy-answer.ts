import { ChatAnthropic } from '@langchain/anthropic';

const llm = new ChatAnthropic({
  model: 'claude-opus-4-1-20250805',
  maxTokens: 80,
  temperature: 0,
});

export async function d4PolicyAnswer(excerpts: string, question: string) {
  const reply = await llm.invoke([
    ['system', 'Answer only from the policy excerpts. If they do not answer the question, say you do not know.'],
    ['human', `Excerpts:\n${excerpts}\n\nQuestion: ${question}\n\nAnswer in at most two sentences.`],
  ]);
  return String(reply.content).trim();
}
