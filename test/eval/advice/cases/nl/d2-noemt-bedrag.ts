import { generateText } from 'ai';
import { google } from '@ai-sdk/google';

export async function d2NoemtBedrag(mail: string) {
  const { text } = await generateText({
    model: google('gemini-2.5-pro'),
    prompt: `E-mail:\n${mail}\n\nNoemt de e-mail een bedrag? Antwoord met ja of nee.`,
    maxOutputTokens: 2,
    temperature: 0,
  });
  return text.trim();
}
