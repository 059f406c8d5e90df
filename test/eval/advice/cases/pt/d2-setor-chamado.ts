import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function d2SetorChamado(chamado: string) {
  const { text } = await generateText({
    model: openai('gpt-4.1'),
    prompt: `Chamado:\n${chamado}\n\nQual setor deve atender? Responda apenas com uma palavra: financeiro, logística ou suporte.`,
    maxOutputTokens: 3,
    temperature: 0,
  });
  return text.trim();
}
