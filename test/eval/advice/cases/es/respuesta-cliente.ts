import { generateText } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';

type ChatTurn = { role: 'user' | 'assistant'; content: string };

export async function respuestaCliente(mensaje: string, history: ChatTurn[]) {
  const { text } = await generateText({
    model: anthropic('claude-opus-4-1-20250805'),
    system: 'Eres el asistente de atención al cliente de una aerolínea. Responde con empatía y brevedad.',
    messages: [...history, { role: 'user', content: mensaje }],
    maxOutputTokens: 400,
    temperature: 0.5,
  });
  return text.trim();
}
