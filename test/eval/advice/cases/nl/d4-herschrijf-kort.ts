import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d4HerschrijfKort(beschrijving: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-20250514',
    max_tokens: 40,
    temperature: 0.3,
    messages: [{ role: 'user', content: `Herschrijf deze productbeschrijving in maximaal 20 woorden:\n${beschrijving}` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
