import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d3SangpumSu(junmun: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-20250514',
    max_tokens: 2,
    temperature: 0,
    messages: [{ role: 'user', content: `주문 내역:\n${junmun}\n\n주문한 상품은 모두 몇 종류입니까? 숫자만 답하세요.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
