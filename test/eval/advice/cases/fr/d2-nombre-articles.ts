import { generateText } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';

export async function d2NombreArticles(commande: string) {
  const { text } = await generateText({
    model: anthropic('claude-opus-4-1-20250805'),
    prompt: `Commande :\n${commande}\n\nCombien d'articles différents contient cette commande ? Réponds uniquement par le nombre.`,
    maxOutputTokens: 3,
    temperature: 0,
  });
  return text.trim();
}
