import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function dietaryFlag(ingredients: string) {
  const { text } = await generateText({
    model: openai('gpt-4o'),
    prompt: `Ingredients: ${ingredients}\nIs the dish vegan, vegetarian or neither?`,
    maxOutputTokens: 3,
    temperature: 0,
  });
  return text.trim();
}
