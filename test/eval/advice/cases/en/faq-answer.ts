import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function faqAnswer(excerpts: string, question: string) {
  const { text } = await generateText({
    model: openai('gpt-4o'),
    system: 'Answer the customer using only the FAQ excerpts. If the answer is not there, say you will forward the question.',
    prompt: `FAQ excerpts:\n${excerpts}\n\nCustomer question: ${question}`,
    maxOutputTokens: 300,
    temperature: 0.2,
  });
  return text.trim();
}
