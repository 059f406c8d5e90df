import { generateObject } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';
import { z } from 'zod';

export async function sakubunSaiten(kadai: string, sakubun: string) {
  const { object } = await generateObject({
    model: anthropic('claude-opus-4-1-20250805'),
    schema: z.object({
      tensu: z.number().int(),
    }),
    system: '中学生の意見文を、論理性・根拠・表現の観点から100点満点で採点してください。',
    prompt: `課題：${kadai}\n\n作文：\n${sakubun}`,
    maxOutputTokens: 20,
    temperature: 0,
  });
  return object;
}
