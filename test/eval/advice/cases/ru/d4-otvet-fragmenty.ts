import { generateText } from 'ai';
import { google } from '@ai-sdk/google';

export async function d4OtvetFragmenty(fragmenty: string, vopros: string) {
  const { text } = await generateText({
    model: google('gemini-2.5-pro'),
    system: 'Отвечай только по приведённым фрагментам.',
    prompt: `Фрагменты:\n${fragmenty}\n\nВопрос: ${vopros}\n\nОтветь одним предложением.`,
    maxOutputTokens: 50,
    temperature: 0,
  });
  return text.trim();
}
