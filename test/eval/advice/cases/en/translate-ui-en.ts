import { generateText } from 'ai';
import { google } from '@ai-sdk/google';

export async function translateUiEn(locale: string, stringsJson: string) {
  const { text } = await generateText({
    model: google('gemini-2.5-pro'),
    system: 'Translate the UI strings to the target locale. Keep placeholders like {{count}} untouched. Return JSON mapping keys to translations.',
    prompt: `Target: ${locale}\nStrings:\n${stringsJson}`,
    maxOutputTokens: 800,
    temperature: 0,
  });
  return JSON.parse(text);
}
