import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function d2RiesgoImpago(estados: string) {
  const { text } = await generateText({
    model: openai('gpt-4.1'),
    system: 'Eres analista de riesgos de una entidad de crédito.',
    prompt: `Estados financieros de la empresa:\n${estados}\n\nDel 0 al 100, ¿qué probabilidad hay de que esta empresa no pueda pagar el préstamo? Solo el número.`,
    maxOutputTokens: 4,
    temperature: 0,
  });
  return text.trim();
}
