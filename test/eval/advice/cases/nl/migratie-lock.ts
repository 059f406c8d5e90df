import { generateObject } from 'ai';
import { openai } from '@ai-sdk/openai';
import { z } from 'zod';

export async function migratieLock(migratie: string) {
  const { object } = await generateObject({
    model: openai('gpt-4.1'),
    schema: z.object({
      blokkeert: z.boolean(),
    }),
    prompt: `PostgreSQL 15. Migratie:\n${migratie}\nNeemt deze een lock die schrijfacties op een grote tabel blokkeert zolang hij loopt?`,
    maxOutputTokens: 10,
    temperature: 0,
  });
  return object;
}
