import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function d2LuchshiyVariant(situaciya: string, programmy: string) {
  const { text } = await generateText({
    model: openai('gpt-4.1'),
    system: 'Ты помогаешь клиентам выбрать ипотечную программу.',
    prompt: `Ситуация клиента: ${situaciya}\n\nПрограммы, которые он рассматривает:\n${programmy}\n\nКакая программа выгоднее всего для него? Ответь только номером программы.`,
    maxOutputTokens: 2,
    temperature: 0,
  });
  return text.trim();
}
