import { generateObject } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';
import { z } from 'zod';

export async function toxicityFlag(chatLine: string) {
  const { object } = await generateObject({
    model: anthropic('claude-opus-4-1-20250805'),
    schema: z.object({
      label: z.enum(['ok', 'rude', 'harassment', 'hate']),
    }),
    system: 'Label chat messages for a gaming community: ok, rude, harassment, hate.',
    prompt: chatLine,
    maxOutputTokens: 4,
    temperature: 0,
  });
  return object;
}
