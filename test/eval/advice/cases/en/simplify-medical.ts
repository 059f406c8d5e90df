import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function simplifyMedical(note: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: 500,
    temperature: 0.3,
    messages: [{ role: 'user', content: `Explain this discharge note to the patient in plain English at a 6th-grade level:\n${note}` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
