import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function d2MentionneDate(document: string) {
  const { text } = await generateText({
    model: openai('gpt-4.1'),
    prompt: `Document :\n${document}\n\nCe document mentionne-t-il une date de livraison ? Réponds par oui ou non.`,
    maxOutputTokens: 2,
    temperature: 0,
  });
  return text.trim();
}
