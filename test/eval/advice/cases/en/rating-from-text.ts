import { generateText } from 'ai';
import { google } from '@ai-sdk/google';

export async function ratingFromText(review: string) {
  const { text } = await generateText({
    model: google('gemini-2.5-pro'),
    prompt: `Review: ${review}\nHow many stars (1-5) did this reviewer most likely give? Just the digit.`,
    maxOutputTokens: 1,
    temperature: 0,
  });
  return text.trim();
}
