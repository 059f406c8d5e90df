import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function regexMatch(pattern: string, input: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-20250514',
    max_tokens: 1,
    temperature: 0,
    messages: [{ role: 'user', content: `Does the regular expression ${pattern} match the entire string "${input}"? yes or no.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
