import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d4PhSolution(solution: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-20250514',
    max_tokens: 5,
    temperature: 0,
    messages: [{ role: 'user', content: `Solution préparée :\n${solution}\n\nQuel est le pH de cette solution ? Réponds uniquement par le nombre, arrondi à une décimale.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
