import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function playlistName(tracks: string) {
  const { text } = await generateText({
    model: openai('gpt-4.1'),
    prompt: `Tracks:\n${tracks}\nName this playlist in three words.`,
    maxOutputTokens: 10,
    temperature: 0.9,
  });
  return text.trim();
}
