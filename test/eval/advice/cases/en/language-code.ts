import { generateText } from 'ai';
import { google } from '@ai-sdk/google';

export async function languageCode(text: string) {
  const { text } = await generateText({
    model: google('gemini-2.5-pro'),
    prompt: `Which language is this? ISO 639-1 code only.\n\n${text}`,
    maxOutputTokens: 3,
    temperature: 0,
  });
  return text.trim();
}
