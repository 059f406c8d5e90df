import { generateText } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';

export async function d2CalificacionDespido(hechos: string) {
  const { text } = await generateText({
    model: anthropic('claude-opus-4-1-20250805'),
    system: 'Asistes a un despacho laboralista.',
    prompt: `Hechos:\n${hechos}\n\n¿Cómo calificaría un juez este despido? Responde con una sola palabra: procedente, improcedente o nulo.`,
    maxOutputTokens: 4,
    temperature: 0,
  });
  return text.trim();
}
