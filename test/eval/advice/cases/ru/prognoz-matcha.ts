import { generateText } from 'ai';
import { google } from '@ai-sdk/google';

export async function prognozMatcha(statistika: string) {
  const { text } = await generateText({
    model: google('gemini-2.5-pro'),
    prompt: `Статистика команд: ${statistika}\nПрогноз: победа хозяев, ничья или победа гостей.`,
    maxOutputTokens: 4,
    temperature: 0,
  });
  return text.trim();
}
