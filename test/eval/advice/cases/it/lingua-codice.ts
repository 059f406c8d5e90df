import { generateText } from 'ai';
import { google } from '@ai-sdk/google';

export async function linguaCodice(testo: string) {
  const { text } = await generateText({
    model: google('gemini-2.5-pro'),
    prompt: `In che lingua è scritto questo testo? Solo il codice ISO a due lettere.\n${testo}`,
    maxOutputTokens: 2,
    temperature: 0,
  });
  return text.trim();
}
