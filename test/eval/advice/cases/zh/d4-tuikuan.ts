import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d4Tuikuan(jiaoyi: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 2,
    temperature: 0,
    messages: [{ role: 'user', content: `交易记录：\n${jiaoyi}\n\n其中有退款交易吗？只回答是或否。` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
