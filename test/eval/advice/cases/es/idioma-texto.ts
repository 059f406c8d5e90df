import { generateText } from 'ai';
import { google } from '@ai-sdk/google';

export async function idiomaTexto(texto: string) {
  const { text } = await generateText({
    model: google('gemini-2.5-pro'),
    prompt: `Indica el código ISO 639-1 del idioma de este texto. Solo el código.\n${texto}`,
    maxOutputTokens: 3,
    temperature: 0,
  });
  return text.trim();
}
