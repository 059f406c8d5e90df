import { generateText } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';

export async function d3NoticePeriodEnd(terms: string, resignationDate: string) {
  const { text } = await generateText({
    model: anthropic('claude-opus-4-1-20250805'),
    prompt: `Employment contract terms:\n${terms}\n\nThe employee resigned on ${resignationDate}. On which date does the notice period end? Output only the date as YYYY-MM-DD.`,
    maxOutputTokens: 12,
    temperature: 0,
  });
  return text.trim();
}
