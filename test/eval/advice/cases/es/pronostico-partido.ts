import { generateText } from 'ai';
import { google } from '@ai-sdk/google';

export async function pronosticoPartido(estadisticas: string) {
  const { text } = await generateText({
    model: google('gemini-2.5-pro'),
    prompt: `Estadísticas: ${estadisticas}\n¿Resultado del partido? local, empate o visitante.`,
    maxOutputTokens: 2,
    temperature: 0,
  });
  return text.trim();
}
