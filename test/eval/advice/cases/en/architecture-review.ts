import { generateText } from 'ai';
import { google } from '@ai-sdk/google';

export async function architectureReview(designDoc: string) {
  const { text } = await generateText({
    model: google('gemini-2.5-pro'),
    system: 'You review system design docs for a fintech. Identify single points of failure, consistency problems and compliance gaps.',
    prompt: designDoc,
    maxOutputTokens: 1500,
    temperature: 0.2,
  });
  return text.trim();
}
