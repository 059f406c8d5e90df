import { generateText } from 'ai';
import { google } from '@ai-sdk/google';

export async function noteJson(commentaire: string) {
  const { text } = await generateText({
    model: google('gemini-2.5-pro'),
    prompt: `Commentaire : ${commentaire}\nRéponds en JSON {"note": N} avec N entre 1 et 5.`,
    maxOutputTokens: 10,
    temperature: 0,
  });
  return JSON.parse(text);
}
