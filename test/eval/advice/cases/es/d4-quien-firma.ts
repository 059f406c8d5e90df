import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d4QuienFirma(mensaje: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 4,
    temperature: 0,
    messages: [{ role: 'user', content: `Mensaje:\n${mensaje}\n\n¿Quién firma este mensaje? Responde solo con el nombre.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
