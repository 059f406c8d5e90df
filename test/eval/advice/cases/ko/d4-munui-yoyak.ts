import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d4MunuiYoyak(munui: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-5-20250929',
    max_tokens: 30,
    temperature: 0.2,
    messages: [{ role: 'user', content: `다음 고객 문의를 20자 이내로 요약하세요:\n${munui}` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
