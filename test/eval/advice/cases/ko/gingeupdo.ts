import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function gingeupdo(message: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 3,
    temperature: 0,
    messages: [{ role: 'user', content: `메시지: ${message}\n긴급도를 낮음, 보통, 높음, 긴급 중 하나로 답하세요.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
