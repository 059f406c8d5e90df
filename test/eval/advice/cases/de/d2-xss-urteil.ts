import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function d2XssUrteil(vorlage: string) {
  const { text } = await generateText({
    model: openai('gpt-4.1'),
    system: 'Du prüfst Änderungen am Frontend vor dem Release.',
    prompt: `Template:\n${vorlage}\n\nKann ein Angreifer über die Eingabefelder Skript-Code in diese Seite einschleusen? Antworte mit true oder false.`,
    maxOutputTokens: 2,
    temperature: 0,
  });
  return text.trim();
}
