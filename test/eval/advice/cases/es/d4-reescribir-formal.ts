import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d4ReescribirFormal(mensaje: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-5-20250929',
    max_tokens: 40,
    temperature: 0.3,
    messages: [{ role: 'user', content: `Reescribe este mensaje en un tono más formal, en una sola frase:\n${mensaje}` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
