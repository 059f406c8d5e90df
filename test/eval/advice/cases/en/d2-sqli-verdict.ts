import { generateObject } from 'ai';
import { openai } from '@ai-sdk/openai';
import { z } from 'zod';

export async function d2SqliVerdict(handlerSource: string) {
  const { object } = await generateObject({
    model: openai('gpt-4o'),
    schema: z.object({
      injectable: z.boolean(),
    }),
    system: 'You review backend changes before they ship.',
    prompt: `Handler:\n${handlerSource}\n\nCan a caller inject SQL through any parameter of this handler?`,
    maxOutputTokens: 10,
    temperature: 0,
  });
  return object;
}
