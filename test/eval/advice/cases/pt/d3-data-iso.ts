import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d3DataIso(data: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 12,
    temperature: 0,
    messages: [{ role: 'user', content: 'Converta a data para o formato AAAA-MM-DD e responda só com a data: ' + data }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
