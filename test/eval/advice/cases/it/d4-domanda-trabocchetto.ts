import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d4DomandaTrabocchetto(domanda: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 4,
    temperature: 0,
    system: 'Rispondi alle domande di un quiz di logica.',
    messages: [{ role: 'user', content: `Domanda:\n${domanda}\n\nRispondi con una sola parola.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
