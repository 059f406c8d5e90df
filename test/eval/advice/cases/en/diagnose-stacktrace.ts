import { generateText } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';

export async function diagnoseStacktrace(trace: string, source: string) {
  const { text } = await generateText({
    model: anthropic('claude-opus-4-1-20250805'),
    prompt: `Stack trace:\n${trace}\n\nRelevant source:\n${source}\n\nWhat is the root cause and the smallest fix?`,
    maxOutputTokens: 800,
    temperature: 0,
  });
  return text.trim();
}
