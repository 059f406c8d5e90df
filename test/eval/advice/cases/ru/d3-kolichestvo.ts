import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d3Kolichestvo(soobshchenie: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-20250514',
    max_tokens: 2,
    temperature: 0,
    messages: [{ role: 'user', content: `Сообщение:\n${soobshchenie}\n\nСколько человек записались на экскурсию? Ответь только числом.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
