import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function korteTitel(gesprek: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 16,
    temperature: 0.3,
    messages: [{ role: 'user', content: `Geef dit gesprek een titel van hoogstens zes woorden:\n${gesprek}` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
