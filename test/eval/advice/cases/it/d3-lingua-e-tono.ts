import { generateObject } from 'ai';
import { openai } from '@ai-sdk/openai';
import { z } from 'zod';

export async function d3LinguaETono(email: string) {
  const { object } = await generateObject({
    model: openai('gpt-4.1'),
    schema: z.object({
      lingua: z.enum(['it', 'en', 'de', 'fr', 'altro']),
      tono: z.enum(['cortese', 'neutro', 'arrabbiato']),
      richiedeRisposta: z.boolean(),
    }),
    system: 'Smisti la posta in arrivo.',
    prompt: `Email:\n${email}`,
    maxOutputTokens: 30,
    temperature: 0,
  });
  return object;
}
