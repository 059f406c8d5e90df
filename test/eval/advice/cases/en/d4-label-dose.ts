import { generateText } from 'ai';
import { google } from '@ai-sdk/google';

export async function d4LabelDose(labelText: string) {
  const { text } = await generateText({
    model: google('gemini-2.5-pro'),
    prompt: `Medication label:\n${labelText}\n\nWhat daily dose in mg does the label state? Number only.`,
    maxOutputTokens: 6,
    temperature: 0,
  });
  return text.trim();
}
