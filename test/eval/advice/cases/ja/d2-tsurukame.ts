import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function d2Tsurukame(jouken: string) {
  const { text } = await generateText({
    model: openai('gpt-4.1'),
    prompt: `条件：\n${jouken}\n\nりんごはいくつ買いましたか？数字だけで答えてください。`,
    maxOutputTokens: 3,
    temperature: 0,
  });
  return text.trim();
}
