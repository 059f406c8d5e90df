import { generateText } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';

export async function descrizioneAnnuncio(dati: string) {
  const { text } = await generateText({
    model: anthropic('claude-opus-4-1-20250805'),
    prompt: `Scrivi un annuncio di 80 parole per questo appartamento in affitto: ${dati}`,
    maxOutputTokens: 200,
    temperature: 0.8,
  });
  return text.trim();
}
