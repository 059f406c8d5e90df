import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function sloganCampanha(campanha: string) {
  const { text } = await generateText({
    model: openai('gpt-4.1'),
    prompt: `Campanha: ${campanha}\nEscreva um slogan de cinco palavras.`,
    maxOutputTokens: 16,
    temperature: 0.9,
  });
  return text.trim();
}
