import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function d2JeonhwaPoham(tekseuteu: string) {
  const { text } = await generateText({
    model: openai('gpt-4.1'),
    prompt: `텍스트:\n${tekseuteu}\n\n전화번호가 포함되어 있습니까? true 또는 false로 답하세요.`,
    maxOutputTokens: 2,
    temperature: 0,
  });
  return text.trim();
}
