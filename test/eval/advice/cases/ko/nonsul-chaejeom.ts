import { generateObject } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';
import { z } from 'zod';

export async function nonsulChaejeom(munje: string, dapan: string) {
  const { object } = await generateObject({
    model: anthropic('claude-opus-4-1-20250805'),
    schema: z.object({
      jeomsu: z.number().int(),
    }),
    system: '대입 논술 답안을 논리성, 독창성, 표현력 기준으로 100점 만점으로 채점하세요.',
    prompt: `문제: ${munje}\n\n답안:\n${dapan}`,
    maxOutputTokens: 20,
    temperature: 0,
  });
  return object;
}
