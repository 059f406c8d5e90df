import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function titoloRicetta(ricetta: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 16,
    temperature: 0.5,
    messages: [{ role: 'user', content: `Ingredienti e procedimento:\n${ricetta}\nDai un titolo alla ricetta, massimo sei parole.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
