import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function accrocheProduit(fiche: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-5-20250929',
    max_tokens: 16,
    temperature: 0.8,
    messages: [{ role: 'user', content: `Fiche produit : ${fiche}\nÉcris une accroche de cinq mots.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
