import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d3Laendercode(land: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 2,
    temperature: 0,
    messages: [{ role: 'user', content: 'Land: {land}\n\nGib den zweistelligen ISO-3166-Ländercode zurück, sonst nichts.'.replace('{land}', land) }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
