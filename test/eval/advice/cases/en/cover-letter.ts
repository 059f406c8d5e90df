import { ChatAnthropic } from '@langchain/anthropic';

const llm = new ChatAnthropic({
  model: 'claude-opus-4-1-20250805',
  maxTokens: 500,
  temperature: 0.7,
});

export async function coverLetter(job: string, cv: string) {
  const reply = await llm.invoke([
    ['human', `Write a cover letter for the job below using my CV. Keep it under 250 words.\n\nJob:\n${job}\n\nCV:\n${cv}`],
  ]);
  return String(reply.content).trim();
}
