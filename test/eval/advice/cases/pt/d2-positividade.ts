import { generateText } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';

export async function d2Positividade(comentario: string) {
  const { text } = await generateText({
    model: anthropic('claude-opus-4-1-20250805'),
    prompt: `Comentário:\n${comentario}\n\nDe 0 a 100, quão positivo é este comentário? Apenas o número.`,
    maxOutputTokens: 4,
    temperature: 0,
  });
  return text.trim();
}
