import { generateText } from 'ai';
import { google } from '@ai-sdk/google';

export async function d2UrlFukumu(text: string) {
  const { text } = await generateText({
    model: google('gemini-2.5-pro'),
    prompt: `テキスト：\n${text}\n\nこのテキストにURLは含まれていますか？trueかfalseで答えてください。`,
    maxOutputTokens: 2,
    temperature: 0,
  });
  return text.trim();
}
