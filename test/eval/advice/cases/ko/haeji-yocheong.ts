import { generateObject } from 'ai';
import { openai } from '@ai-sdk/openai';
import { z } from 'zod';

export async function haejiYocheong(message: string) {
  const { object } = await generateObject({
    model: openai('gpt-4.1'),
    schema: z.object({
      haeji: z.boolean(),
    }),
    system: '고객이 서비스 해지를 원하는지 판단하세요.',
    prompt: message,
    maxOutputTokens: 8,
    temperature: 0,
  });
  return object;
}
