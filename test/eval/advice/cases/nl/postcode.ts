import { generateText } from 'ai';
import { google } from '@ai-sdk/google';

export async function postcode(adres: string) {
  const { text } = await generateText({
    model: google('gemini-2.5-pro'),
    prompt: `Welke postcode staat in dit adres? Formaat 1234 AB.\n${adres}`,
    maxOutputTokens: 5,
    temperature: 0,
  });
  return text.trim();
}
