import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function esloganCinco(producto: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-20250514',
    max_tokens: 16,
    temperature: 0.8,
    messages: [{ role: 'user', content: `Producto: ${producto}\nEscribe un eslogan de cinco palabras.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
