import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d4GajangGinHoeui(mokrok: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 2,
    temperature: 0,
    messages: [{ role: 'user', content: `회의 목록:\n${mokrok}\n\n가장 긴 회의는 몇 번입니까? 번호만 답하세요.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
