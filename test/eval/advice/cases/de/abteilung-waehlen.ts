import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function abteilungWaehlen(anliegen: string) {
  const { text } = await generateText({
    model: openai('gpt-4.1'),
    system: 'Zuständige Abteilungen: Personal, Einkauf, IT, Recht, Buchhaltung. Gib nur die Abteilung aus.',
    prompt: `Anliegen: ${anliegen}`,
    maxOutputTokens: 4,
    temperature: 0,
  });
  return text.trim();
}
