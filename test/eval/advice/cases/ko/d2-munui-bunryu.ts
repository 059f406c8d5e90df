import { generateText } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';

export async function d2MunuiBunryu(munui: string) {
  const { text } = await generateText({
    model: anthropic('claude-opus-4-1-20250805'),
    prompt: `문의 내용:\n${munui}\n\n다음 중 하나로만 답하세요: 결제, 배송, 환불.`,
    maxOutputTokens: 4,
    temperature: 0,
  });
  return text.trim();
}
