import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function releaseNotes(prTitles: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 700,
    temperature: 0.3,
    messages: [{ role: 'user', content: `Turn these merged PR titles into release notes for end users. Group by Added / Fixed / Changed.\n\n${prTitles}` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
