import { generateObject } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';
import { z } from 'zod';

export async function d2LogHasIp(logLine: string) {
  const { object } = await generateObject({
    model: anthropic('claude-opus-4-1-20250805'),
    schema: z.object({
      hasIp: z.boolean(),
    }),
    system: 'You tag log lines for the retention job.',
    prompt: `Log line:\n${logLine}\n\nDoes this line contain an IPv4 or IPv6 address?`,
    maxOutputTokens: 10,
    temperature: 0,
  });
  return object;
}
