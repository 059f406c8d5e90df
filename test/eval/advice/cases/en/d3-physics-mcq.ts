import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function d3PhysicsMcq(question: string, options: string) {
  const { text } = await generateText({
    model: openai('gpt-4.1'),
    prompt: `Question:\n${question}\n\nOptions:\n${options}\n\nAnswer with the letter only.`,
    maxOutputTokens: 1,
    temperature: 0,
  });
  return text.trim();
}
