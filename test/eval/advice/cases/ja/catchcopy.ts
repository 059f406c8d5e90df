import { generateText } from 'ai';
import { google } from '@ai-sdk/google';

export async function catchcopy(shohin: string) {
  const { text } = await generateText({
    model: google('gemini-2.5-pro'),
    prompt: `商品：${shohin}\n10文字程度のキャッチコピーを1つ書いてください。`,
    maxOutputTokens: 20,
    temperature: 0.8,
  });
  return text.trim();
}
