import { generateObject } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';
import { z } from 'zod';

export async function avaliarRedacao(tema: string, redacao: string) {
  const { object } = await generateObject({
    model: anthropic('claude-opus-4-1-20250805'),
    schema: z.object({
      notaFinal: z.number().int(),
    }),
    system: 'Corrija a redação segundo as cinco competências do ENEM, de 0 a 200 cada, e some a nota final.',
    prompt: `Tema: ${tema}\n\nRedação:\n${redacao}`,
    maxOutputTokens: 60,
    temperature: 0,
  });
  return object;
}
