import { generateText } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';

export async function dependencyUpgradeRisk(changelog: string, usage: string) {
  const { text } = await generateText({
    model: anthropic('claude-opus-4-1-20250805'),
    prompt: `Changelog between versions:\n${changelog}\n\nOur usage:\n${usage}\n\nWill upgrading break our code? breaking / safe`,
    maxOutputTokens: 2,
    temperature: 0,
  });
  return text.trim();
}
