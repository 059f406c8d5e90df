import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d4DogovorData(dogovor: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 2,
    temperature: 0,
    messages: [{ role: 'user', content: `Договор:\n${dogovor}\n\nУказана ли в договоре дата подписания? Ответь только да или нет.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
