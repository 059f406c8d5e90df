import { generateText } from 'ai';
import { google } from '@ai-sdk/google';

export async function spamLi(soobshchenie: string) {
  const { text } = await generateText({
    model: google('gemini-2.5-pro'),
    prompt: `Это сообщение — спам? true или false\n\n${soobshchenie}`,
    maxOutputTokens: 2,
    temperature: 0,
  });
  return text.trim();
}
