import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d3AnwendbaresRecht(vertrag: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-20250514',
    max_tokens: 2,
    temperature: 0,
    messages: [{ role: 'user', content: `Vertrag:\n${vertrag}\n\nDas Recht welches Staates ist nach der Rom-I-Verordnung auf diesen Vertrag anzuwenden? Gib den zweistelligen ISO-3166-Ländercode zurück, sonst nichts.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
