import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d4NoteSatisfaction(avis: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 2,
    temperature: 0,
    messages: [{ role: 'user', content: `Avis client :\n${avis}\n\nNote la satisfaction du client de 1 à 5. Réponds uniquement par le chiffre.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
