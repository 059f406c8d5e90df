import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function sentimentReview(review: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-20250514',
    max_tokens: 2,
    temperature: 0,
    system: 'Classify the sentiment of product reviews as positive, negative or neutral. Output the label only.',
    messages: [{ role: 'user', content: review }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
