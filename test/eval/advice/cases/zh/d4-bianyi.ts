import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d4Bianyi(daima: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-20250514',
    max_tokens: 3,
    temperature: 0,
    messages: [{ role: 'user', content: `代码：\n${daima}\n\n这段 C++ 代码能通过编译吗？只回答：能 或 不能。` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
