import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d2RagAnswerShort(retrievedChunks: string, userMessage: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-5-20250929',
    max_tokens: 120,
    temperature: 0.2,
    system: 'Answer the user using only the passages below. If they do not contain the answer, say so.',
    messages: [{ role: 'user', content: `Passages:\n${retrievedChunks}\n\nUser: ${userMessage}` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
