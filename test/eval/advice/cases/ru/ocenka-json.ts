import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function ocenkaJson(kommentarij: string) {
  const { text } = await generateText({
    model: openai('gpt-4.1'),
    prompt: `Комментарий: ${kommentarij}\nВерни только {"score": N}, где N от 1 до 5.`,
    maxOutputTokens: 10,
    temperature: 0,
  });
  return JSON.parse(text);
}
