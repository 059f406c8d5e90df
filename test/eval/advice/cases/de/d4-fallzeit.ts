import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d4Fallzeit(aufgabe: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 5,
    temperature: 0,
    messages: [{ role: 'user', content: `Aufgabe:\n${aufgabe}\n\nNach wie vielen Sekunden trifft der Körper auf dem Boden auf? Nur die Zahl.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
