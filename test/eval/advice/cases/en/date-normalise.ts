import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function dateNormalise(today: string, phrase: string) {
  const { text } = await generateText({
    model: openai('gpt-4o'),
    prompt: `Today is ${today}. Convert "${phrase}" to an ISO date (YYYY-MM-DD). Output the date only.`,
    maxOutputTokens: 6,
    temperature: 0,
  });
  return text.trim();
}
