import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function tonalnostOtzyva(otzyv: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 3,
    temperature: 0,
    messages: [{ role: 'user', content: `Отзыв: ${otzyv}\nТональность: позитивная, негативная или нейтральная? Одно слово.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
