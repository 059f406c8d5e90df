import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d4ReceitaGenerico(receita: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 2,
    temperature: 0,
    messages: [{ role: 'user', content: `Receita:\n${receita}\n\nA receita permite substituição por genérico? Responda apenas sim ou não.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
