import { generateText } from 'ai';
import { google } from '@ai-sdk/google';

export async function d2RiscoCredito(balanco: string) {
  const { text } = await generateText({
    model: google('gemini-2.5-pro'),
    system: 'Você é analista de crédito de um banco.',
    prompt: `Balanço e DRE da empresa:\n${balanco}\n\nQual o risco de crédito desta empresa? Responda apenas com uma palavra: baixo, médio ou alto.`,
    maxOutputTokens: 3,
    temperature: 0,
  });
  return text.trim();
}
