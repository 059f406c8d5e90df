import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d3CalcoloInteressi(condizioni: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 8,
    temperature: 0,
    messages: [{ role: 'user', content: `Condizioni del prestito:\n${condizioni}\n\nQuanto avrà pagato in interessi il cliente dopo 5 anni? Rispondi solo con il numero in euro.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
