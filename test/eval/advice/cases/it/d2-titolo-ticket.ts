import { generateText } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';

export async function d2TitoloTicket(ticket: string) {
  const { text } = await generateText({
    model: anthropic('claude-opus-4-1-20250805'),
    prompt: `Ticket:\n${ticket}\n\nScrivi un titolo di massimo sei parole.`,
    maxOutputTokens: 14,
    temperature: 0.3,
  });
  return text.trim();
}
