import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

const PROMPT_EQUIPOS = 'Equipos: ventas, soporte, facturación, legal. Responde únicamente con el nombre del equipo que debe atender el mensaje.';

export async function departamento(mensaje: string) {
  const { text } = await generateText({
    model: openai('gpt-4.1'),
    system: PROMPT_EQUIPOS,
    prompt: mensaje,
    maxOutputTokens: 3,
    temperature: 0,
  });
  return text.trim();
}
