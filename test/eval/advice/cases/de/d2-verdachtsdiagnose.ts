import { generateText } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';

export async function d2Verdachtsdiagnose(befund: string) {
  const { text } = await generateText({
    model: anthropic('claude-opus-4-1-20250805'),
    system: 'Du unterstützt Hausärzte bei der Dokumentation.',
    prompt: `Befund und Vitalwerte:\n${befund}\n\nWahrscheinlichste Ursache? Wähle eine: Migräne, Spannungskopfschmerz, Meningitis, Subarachnoidalblutung, Sinusitis. Nur das Wort.`,
    maxOutputTokens: 8,
    temperature: 0,
  });
  return text.trim();
}
