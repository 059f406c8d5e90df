import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function alertDezhurnyj(alert: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-20250514',
    max_tokens: 2,
    temperature: 0,
    messages: [{ role: 'user', content: `Алерт мониторинга: ${alert}\nНужно ли прямо сейчас будить дежурного инженера? Ответь «да» или «нет».` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
