import { generateText } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';

type ChatTurn = { role: 'user' | 'assistant'; content: string };

export async function gogaekEungdap(message: string, history: ChatTurn[]) {
  const { text } = await generateText({
    model: anthropic('claude-opus-4-1-20250805'),
    system: '당신은 통신사 고객센터 상담원입니다. 존댓말로 친절하고 간결하게 답하세요.',
    messages: [...history, { role: 'user', content: message }],
    maxOutputTokens: 400,
    temperature: 0.4,
  });
  return text.trim();
}
