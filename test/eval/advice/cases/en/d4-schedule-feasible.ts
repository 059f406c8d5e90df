import { generateText } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';

export async function d4ScheduleFeasible(meetings: string, constraints: string) {
  const { text } = await generateText({
    model: anthropic('claude-opus-4-1-20250805'),
    prompt: `Meetings to place this week:\n${meetings}\n\nConstraints:\n${constraints}\n\nCan every meeting be scheduled without breaking a constraint? Answer yes or no.`,
    maxOutputTokens: 2,
    temperature: 0,
  });
  return text.trim();
}
