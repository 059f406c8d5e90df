import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function branchKind(branch: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-20250514',
    max_tokens: 3,
    temperature: 0,
    messages: [{ role: 'user', content: `Branch: ${branch}\nfeature, bugfix, hotfix or chore?` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
