import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d4WhichTestFailedLog(testOutput: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-5-20250929',
    max_tokens: 3,
    temperature: 0,
    messages: [{ role: 'user', content: `Test run output:\n${testOutput}\n\nWhich test failed? Reply with the test number only.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
