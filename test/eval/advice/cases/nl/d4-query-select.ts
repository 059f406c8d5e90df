import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d4QuerySelect(query: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 2,
    temperature: 0,
    messages: [{ role: 'user', content: `Query:\n${query}\n\nIs dit een SELECT-query? Antwoord alleen met ja of nee.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
