import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function d4ExpliqueRefus(journal: string) {
  const { text } = await generateText({
    model: openai('gpt-4.1'),
    prompt: `D'après ce journal, explique en une phrase au client pourquoi son paiement a été refusé :\n${journal}`,
    maxOutputTokens: 40,
    temperature: 0.2,
  });
  return text.trim();
}
