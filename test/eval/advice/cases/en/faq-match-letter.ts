import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

const FAQ_MATCHER = `Match the user question to the FAQ entry. Reply with the letter only.
A) Resetting your password
B) Changing your billing plan
C) Exporting your data
D) Deleting your account`;

export async function faqMatchLetter(question: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: 1,
    temperature: 0,
    system: FAQ_MATCHER,
    messages: [{ role: 'user', content: question }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
