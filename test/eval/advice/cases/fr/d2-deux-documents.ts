import { generateText } from 'ai';
import { google } from '@ai-sdk/google';

export async function d2DeuxDocuments(bail: string, etat: string) {
  const { text } = await generateText({
    model: google('gemini-2.5-pro'),
    prompt: `Contrat de bail :\n${bail}\n\nÉtat des lieux de sortie :\n${etat}\n\nLe propriétaire peut-il retenir tout le dépôt de garantie ? Réponds par oui ou non.`,
    maxOutputTokens: 2,
    temperature: 0,
  });
  return text.trim();
}
