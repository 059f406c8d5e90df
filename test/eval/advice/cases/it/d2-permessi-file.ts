import { generateText } from 'ai';
import { google } from '@ai-sdk/google';

export async function d2PermessiFile(script_deploy: string) {
  const { text } = await generateText({
    model: google('gemini-2.5-pro'),
    prompt: `Script di deploy:\n${script_deploy}\n\nLo script lascia credenziali leggibili da altri utenti del server? Rispondi true o false.`,
    maxOutputTokens: 2,
    temperature: 0,
  });
  return text.trim();
}
