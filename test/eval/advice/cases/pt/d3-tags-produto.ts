import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d3TagsProduto(descricao: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-5-20250929',
    max_tokens: 20,
    temperature: 0,
    messages: [{ role: 'user', content: `Descrição do produto:\n${descricao}\n\nEscolha as etiquetas que se aplicam entre: vegano, sem glúten, orgânico, sem lactose, importado. Responda com as etiquetas separadas por vírgula.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
