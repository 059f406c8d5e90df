import { generateText } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';

type ChatTurn = { role: 'user' | 'assistant'; content: string };

export async function kundenantwort(nachricht: string, history: ChatTurn[]) {
  const { text } = await generateText({
    model: anthropic('claude-opus-4-1-20250805'),
    system: 'Du bist der freundliche Kundenservice von Stadtwerke Nord. Antworte höflich, sachlich und auf Deutsch. Versprich keine Gutschriften.',
    messages: [...history, { role: 'user', content: nachricht }],
    maxOutputTokens: 400,
    temperature: 0.4,
  });
  return text.trim();
}
