import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function commitMessage(diff: string) {
  const { text } = await generateText({
    model: openai('gpt-4.1'),
    system: 'Write a conventional commit subject line (max 72 chars) for the diff. No body.',
    prompt: diff,
    maxOutputTokens: 30,
    temperature: 0.2,
  });
  return text.trim();
}
