import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function labResults(labs: string, history: string) {
  const { text } = await generateText({
    model: openai('gpt-4o'),
    system: 'You assist a physician. Be conservative.',
    prompt: `Lab panel:\n${labs}\nHistory: ${history}\n\nIs an acute kidney injury likely? yes or no.`,
    maxOutputTokens: 1,
    temperature: 0,
  });
  return text.trim();
}
