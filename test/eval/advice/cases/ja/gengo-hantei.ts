import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function gengoHantei(text: string) {
  const { text } = await generateText({
    model: openai('gpt-4.1'),
    prompt: `次の文章の言語をISO 639-1コードで答えてください。コードのみ。\n${text}`,
    maxOutputTokens: 2,
    temperature: 0,
  });
  return text.trim();
}
