import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d4FizikaSkorost(zadacha: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-20250514',
    max_tokens: 4,
    temperature: 0,
    messages: [{ role: 'user', content: `Задача:\n${zadacha}\n\nКакой будет скорость тела в м/с в конце третьей секунды? Ответь только числом.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
