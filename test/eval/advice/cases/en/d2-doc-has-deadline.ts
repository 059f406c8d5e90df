import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d2DocHasDeadline(documentText: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 2,
    temperature: 0,
    messages: [{ role: 'user', content: `Document:\n${documentText}\n\nDoes this document mention a deadline? Answer yes or no.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
