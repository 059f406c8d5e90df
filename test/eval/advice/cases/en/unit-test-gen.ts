import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function unitTestGen(source: string) {
  const { text } = await generateText({
    model: openai('gpt-4o'),
    system: 'Write Jest tests that cover the edge cases of the function, including error paths. Return only code.',
    prompt: source,
    maxOutputTokens: 1500,
    temperature: 0,
  });
  return text.trim();
}
