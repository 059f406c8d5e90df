import { generateText } from 'ai';
import { google } from '@ai-sdk/google';

export async function d4ResumeReunion(compte_rendu: string) {
  const { text } = await generateText({
    model: google('gemini-2.5-pro'),
    prompt: `Résume ce compte rendu de réunion en deux phrases :\n${compte_rendu}`,
    maxOutputTokens: 60,
    temperature: 0.2,
  });
  return text.trim();
}
