import { generateObject } from 'ai';
import { openai } from '@ai-sdk/openai';
import { z } from 'zod';

export async function d3ImporteJson(ticket: string) {
  const { object } = await generateObject({
    model: openai('gpt-4.1'),
    schema: z.object({
      importeTotal: z.number(),
    }),
    prompt: `Ticket de compra:\n${ticket}\n\nExtrae el importe total pagado.`,
    maxOutputTokens: 20,
    temperature: 0,
  });
  return object;
}
