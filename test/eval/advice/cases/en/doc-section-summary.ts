import { generateText } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';

export async function docSectionSummary(section: string) {
  const { text } = await generateText({
    model: anthropic('claude-opus-4-1-20250805'),
    prompt: `Summarise the following section of our employee handbook in 5 bullet points:\n\n${section}`,
    maxOutputTokens: 300,
    temperature: 0.2,
  });
  return text.trim();
}
