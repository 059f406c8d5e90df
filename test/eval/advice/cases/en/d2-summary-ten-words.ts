import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function d2SummaryTenWords(conversation: string) {
  const { text } = await generateText({
    model: openai('gpt-4.1'),
    prompt: `Summarise this support conversation in ten words for the ticket list:\n${conversation}`,
    maxOutputTokens: 20,
    temperature: 0.2,
  });
  return text.trim();
}
