import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d4TypeDocument(document: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-5-20250929',
    max_tokens: 5,
    temperature: 0,
    messages: [{ role: 'user', content: `Document :\n${document}\n\nDe quel type de document s'agit-il ? Réponds uniquement par l'un de ces libellés : devis, facture, budget prévisionnel, bon de commande.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
