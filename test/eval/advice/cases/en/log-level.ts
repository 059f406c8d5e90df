import { generateText } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';

export async function logLevel(logLine: string) {
  const { text } = await generateText({
    model: anthropic('claude-opus-4-1-20250805'),
    system: 'Map each log line to one of DEBUG, INFO, WARN, ERROR based on its content.',
    prompt: logLine,
    maxOutputTokens: 2,
    temperature: 0,
  });
  return text.trim();
}
