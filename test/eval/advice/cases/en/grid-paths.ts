import { generateText } from 'ai';
import { google } from '@ai-sdk/google';

export async function gridPaths(w: string, h: string, blocked: string) {
  const { text } = await generateText({
    model: google('gemini-2.5-pro'),
    prompt: `A robot moves only right or down on a ${w}x${h} grid and must avoid the blocked cells ${blocked}. How many distinct paths from top-left to bottom-right? Number only.`,
    maxOutputTokens: 8,
    temperature: 0,
  });
  return text.trim();
}
