import { generateObject } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';
import { z } from 'zod';

export async function correctionDissertation(sujet: string, copie: string) {
  const { object } = await generateObject({
    model: anthropic('claude-opus-4-1-20250805'),
    schema: z.object({
      note: z.number().int(),
    }),
    system: 'Tu corriges des dissertations de philosophie de terminale selon le barème officiel et donnes une note sur 20.',
    prompt: `Sujet : ${sujet}\n\nCopie :\n${copie}`,
    maxOutputTokens: 20,
    temperature: 0,
  });
  return object;
}
