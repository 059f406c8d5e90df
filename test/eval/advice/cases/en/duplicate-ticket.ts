import { generateText } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';

export async function duplicateTicket(a: string, b: string) {
  const { text } = await generateText({
    model: anthropic('claude-opus-4-1-20250805'),
    prompt: `Ticket A: ${a}\nTicket B: ${b}\nSame issue? yes or no.`,
    maxOutputTokens: 1,
    temperature: 0,
  });
  return text.trim();
}
