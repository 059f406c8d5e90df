import { generateText } from 'ai';
import { google } from '@ai-sdk/google';

export async function d3EmailLetterCategory(email: string) {
  const { text } = await generateText({
    model: google('gemini-2.5-pro'),
    prompt: `Email:\n${email}\n\nWhich category fits this email?\nA) Invoice or payment\nB) Delivery problem\nC) Product question\nD) Other\n\nAnswer with the letter only.`,
    maxOutputTokens: 1,
    temperature: 0,
  });
  return text.trim();
}
