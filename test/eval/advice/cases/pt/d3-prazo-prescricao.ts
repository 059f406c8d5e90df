import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d3PrazoPrescricao(fatos: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-20250514',
    max_tokens: 12,
    temperature: 0,
    messages: [{ role: 'user', content: `Fatos:\n${fatos}\n\nEm que data prescreve a pretensão de cobrança segundo o Código Civil? Responda só com a data no formato AAAA-MM-DD.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
