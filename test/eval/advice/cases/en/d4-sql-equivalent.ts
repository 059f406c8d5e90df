import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d4SqlEquivalent(queryA: string, queryB: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 2,
    temperature: 0,
    system: 'You review database changes.',
    messages: [{ role: 'user', content: `Query A:\n${queryA}\n\nQuery B:\n${queryB}\n\nDo these two queries return the same rows on every possible database state? Answer yes or no.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
