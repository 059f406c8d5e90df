import { generateObject } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';
import { z } from 'zod';

export async function foerderungAnspruch(angaben: string) {
  const { object } = await generateObject({
    model: anthropic('claude-opus-4-1-20250805'),
    schema: z.object({
      anspruch: z.boolean(),
      begruendung: z.string(),
    }),
    system: 'Prüfe den Anspruch auf BAföG anhand von Einkommen der Eltern, Vermögen, Alter und Ausbildungsart.',
    prompt: `Angaben des Antragstellers:\n${angaben}`,
    maxOutputTokens: 30,
    temperature: 0,
  });
  return object;
}
