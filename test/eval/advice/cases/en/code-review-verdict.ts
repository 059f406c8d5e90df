import { ChatOpenAI } from '@langchain/openai';

const llm = new ChatOpenAI({
  model: 'gpt-4o',
  maxTokens: 4,
  temperature: 0,
});

export async function codeReviewVerdict(diff: string) {
  const reply = await llm.invoke([
    ['system', 'You are a senior engineer reviewing pull requests for correctness, concurrency and API compatibility.'],
    ['human', `Diff:\n${diff}\n\nVerdict: APPROVE or REQUEST_CHANGES.`],
  ]);
  return String(reply.content).trim();
}
