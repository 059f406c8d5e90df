import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d3ProofRating(problem: string, proof: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-20250514',
    max_tokens: 1,
    temperature: 0,
    system: 'You grade homework for an undergraduate real analysis course.',
    messages: [{ role: 'user', content: `Problem statement:\n${problem}\n\nStudent proof:\n${proof}\n\nOn a scale of 1 to 5, how rigorous and correct is this proof? Reply with a single digit.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
