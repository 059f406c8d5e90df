import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function d4AmlStructuring(transfers: string) {
  const { text } = await generateText({
    model: openai('gpt-4.1'),
    system: 'You assist the financial-crime compliance team.',
    prompt: `Transfers of the last 30 days:\n${transfers}\n\nDo these transfers show structuring meant to stay under reporting thresholds? Answer with one word: suspicious or normal.`,
    maxOutputTokens: 3,
    temperature: 0,
  });
  return text.trim();
}
