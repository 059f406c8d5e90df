import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d4ModeraciyaIroniya(pravila: string, soobshchenie: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-5-20250929',
    max_tokens: 3,
    temperature: 0,
    messages: [{ role: 'user', content: `Правила сообщества:\n${pravila}\n\nСообщение:\n${soobshchenie}\n\nС учётом контекста и иронии, нарушает ли сообщение правила? Ответь одним словом: оставить или удалить.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
