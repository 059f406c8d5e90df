import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function anredeErkennen(mail: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-5-20250929',
    max_tokens: 2,
    temperature: 0,
    messages: [{ role: 'user', content: `Wird der Empfänger in dieser E-Mail gesiezt oder geduzt? Antworte "Sie" oder "du".\n\n${mail}` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
