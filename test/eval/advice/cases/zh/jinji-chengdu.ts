import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function jinjiChengdu(xiaoxi: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 3,
    temperature: 0,
    system: '判断消息的紧急程度，只能从以下四个词中选一个：低、中、高、紧急。',
    messages: [{ role: 'user', content: xiaoxi }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
