import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d2BestPlanOption(situation: string, offers: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-20250514',
    max_tokens: 2,
    temperature: 0,
    system: 'You help small businesses choose between offers.',
    messages: [{ role: 'user', content: `Our situation: ${situation}\n\nOffers we received:\n${offers}\n\nWhich offer is best for us? Reply with the offer number only.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
