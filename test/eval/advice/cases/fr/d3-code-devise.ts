import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d3CodeDevise(texte: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-5-20250929',
    max_tokens: 3,
    temperature: 0,
    messages: [{ role: 'user', content: 'Donne le code ISO 4217 de la devise du montant, rien d\'autre.\nTexte : ' + texte }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
