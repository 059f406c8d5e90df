import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function kaepsyeon(sangpum: string) {
  const { text } = await generateText({
    model: openai('gpt-4.1'),
    prompt: `상품: ${sangpum}\n다섯 단어 이내의 광고 문구를 하나 써 주세요.`,
    maxOutputTokens: 20,
    temperature: 0.8,
  });
  return text.trim();
}
