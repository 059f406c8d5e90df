import { generateText } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';

export async function herschrijvenB1(brief: string) {
  const { text } = await generateText({
    model: anthropic('claude-opus-4-1-20250805'),
    prompt: `Herschrijf deze brief op taalniveau B1, zonder informatie weg te laten:\n\n${brief}`,
    maxOutputTokens: 500,
    temperature: 0.3,
  });
  return text.trim();
}
