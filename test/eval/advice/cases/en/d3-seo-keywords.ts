import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d3SeoKeywords(article: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: 120,
    temperature: 0.7,
    system: 'You are an SEO copywriter.',
    messages: [{ role: 'user', content: 'Write a JSON array of ten search keywords people might type to find the article in the next message. Be creative, cover long-tail queries.' }, { role: 'user', content: article }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
