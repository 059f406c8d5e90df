import { generateText } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';

export async function sloganPyatSlov(produkt: string) {
  const { text } = await generateText({
    model: anthropic('claude-opus-4-1-20250805'),
    prompt: `Продукт: ${produkt}\nНапиши слоган из пяти слов.`,
    maxOutputTokens: 16,
    temperature: 0.8,
  });
  return text.trim();
}
