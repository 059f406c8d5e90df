import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function mathTutorSteps(problem: string) {
  const { text } = await generateText({
    model: openai('gpt-4o'),
    system: 'You are a maths tutor. Solve the problem step by step and check your result.',
    prompt: problem,
    maxOutputTokens: 1000,
    temperature: 0,
  });
  return text.trim();
}
