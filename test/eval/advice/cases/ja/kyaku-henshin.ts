import { generateText } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';

type ChatTurn = { role: 'user' | 'assistant'; content: string };

export async function kyakuHenshin(message: string, history: ChatTurn[]) {
  const { text } = await generateText({
    model: anthropic('claude-opus-4-1-20250805'),
    system: 'あなたはオンライン書店のカスタマーサポートです。丁寧な敬語で簡潔に回答してください。',
    messages: [...history, { role: 'user', content: message }],
    maxOutputTokens: 400,
    temperature: 0.4,
  });
  return text.trim();
}
