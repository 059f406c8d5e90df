import { generateText } from 'ai';
import { google } from '@ai-sdk/google';

export async function luojiMiuwu(lunzheng: string) {
  const { text } = await generateText({
    model: google('gemini-2.5-pro'),
    system: '指出论证中的主要逻辑谬误：人身攻击、稻草人、虚假两难、滑坡谬误、循环论证、无。',
    prompt: lunzheng,
    maxOutputTokens: 6,
    temperature: 0,
  });
  return text.trim();
}
