import { generateObject } from 'ai';
import { openai } from '@ai-sdk/openai';
import { z } from 'zod';

export async function d4RegexFullMatch(pattern: string, inputText: string) {
  const { object } = await generateObject({
    model: openai('gpt-4.1'),
    schema: z.object({
      matches: z.boolean(),
    }),
    prompt: `Pattern: ${pattern}\nInput: ${inputText}\n\nDoes the pattern match the entire input?`,
    maxOutputTokens: 8,
    temperature: 0,
  });
  return object;
}
