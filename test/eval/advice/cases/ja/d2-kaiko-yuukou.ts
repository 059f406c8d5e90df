import { generateText } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';

export async function d2KaikoYuukou(keii: string) {
  const { text } = await generateText({
    model: anthropic('claude-opus-4-1-20250805'),
    prompt: `経緯：\n${keii}\n\nこの解雇は裁判で有効と判断されますか？「有効」「無効」「判断できない」のいずれかで答えてください。`,
    maxOutputTokens: 5,
    temperature: 0,
  });
  return text.trim();
}
