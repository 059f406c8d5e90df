import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function niveauUrgence(message: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 3,
    temperature: 0,
    messages: [{ role: 'user', content: `Message : ${message}\nNiveau d'urgence parmi : faible, normal, élevé, critique. Un seul mot.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
