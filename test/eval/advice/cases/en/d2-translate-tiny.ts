import { generateText } from 'ai';
import { google } from '@ai-sdk/google';

export async function d2TranslateTiny(message: string) {
  const { text } = await generateText({
    model: google('gemini-2.5-pro'),
    prompt: `Translate into German, keep it informal:\n${message}`,
    maxOutputTokens: 30,
    temperature: 0.2,
  });
  return text.trim();
}
