import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function threadTitle(firstMessages: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 16,
    temperature: 0.3,
    system: 'Name conversations for the sidebar.',
    messages: [{ role: 'user', content: `First messages:\n${firstMessages}\n\nSix words max, no quotes.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
