import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function productDescription(specs: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-5-20250929',
    max_tokens: 250,
    temperature: 0.8,
    system: 'You write product descriptions for an outdoor gear shop. 80-120 words, no superlatives, mention materials.',
    messages: [{ role: 'user', content: `Specs:\n${specs}` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
