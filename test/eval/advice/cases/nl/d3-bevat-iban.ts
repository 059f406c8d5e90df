import { generateObject } from 'ai';
import { openai } from '@ai-sdk/openai';
import { z } from 'zod';

export async function d3BevatIban(bericht: string) {
  const { object } = await generateObject({
    model: openai('gpt-4.1'),
    schema: z.object({
      bevatIban: z.boolean(),
    }),
    prompt: `Bericht:\n${bericht}\n\nStaat er een IBAN in dit bericht?`,
    maxOutputTokens: 10,
    temperature: 0,
  });
  return object;
}
