import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function produktTitel(merkmale: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 20,
    temperature: 0.4,
    messages: [{ role: 'user', content: `Merkmale: ${merkmale}\nSchreibe einen Produkttitel mit höchstens sechs Wörtern.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
