import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d3ReviewStars(review: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 1,
    temperature: 0,
    messages: [{ role: 'user', content: `Review: "${review}"\n\nOn a scale of 1 to 5, how satisfied is this customer? Reply with a single digit.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
