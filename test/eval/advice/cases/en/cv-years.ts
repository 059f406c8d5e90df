import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function cvYears(cv: string) {
  const { text } = await generateText({
    model: openai('gpt-4.1'),
    prompt: `CV summary:\n${cv}\n\nHow many years of professional experience does the candidate state? Integer only.`,
    maxOutputTokens: 3,
    temperature: 0,
  });
  return text.trim();
}
