import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d3ContientTelephone(message: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-20250514',
    max_tokens: 2,
    temperature: 0,
    messages: [{ role: 'user', content: 'Le message suivant contient-il un numéro de téléphone ? Réponds par oui ou non.' }, { role: 'user', content: message }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
