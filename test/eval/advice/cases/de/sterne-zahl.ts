import { generateText } from 'ai';
import { google } from '@ai-sdk/google';

export async function sterneZahl(bewertung: string) {
  const { text } = await generateText({
    model: google('gemini-2.5-pro'),
    prompt: `Kundenbewertung: ${bewertung}\nGib {"sterne": N} zurück, N zwischen 1 und 5.`,
    maxOutputTokens: 10,
    temperature: 0,
  });
  return JSON.parse(text);
}
