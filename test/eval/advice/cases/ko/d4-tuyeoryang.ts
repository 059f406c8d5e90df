import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d4Tuyeoryang(hwanja: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-20250514',
    max_tokens: 4,
    temperature: 0,
    messages: [{ role: 'user', content: `환자 정보:\n${hwanja}\n\n이 환자에게 적절한 1회 투여량은 몇 mg입니까? 숫자만 답하세요.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
