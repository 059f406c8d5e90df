import { generateObject } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';
import { z } from 'zod';

export async function disdetta(email: string) {
  const { object } = await generateObject({
    model: anthropic('claude-opus-4-1-20250805'),
    schema: z.object({
      disdetta: z.boolean(),
    }),
    system: 'Capisci se il cliente vuole disdire il contratto.',
    prompt: email,
    maxOutputTokens: 8,
    temperature: 0,
  });
  return object;
}
