import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function guanggaoYu(chanpin: string) {
  const { text } = await generateText({
    model: openai('gpt-4.1'),
    prompt: `产品：${chanpin}\n写一句八个字以内的广告语。`,
    maxOutputTokens: 20,
    temperature: 0.8,
  });
  return text.trim();
}
