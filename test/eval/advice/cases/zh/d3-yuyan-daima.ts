import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d3YuyanDaima(xiaoxi: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-5-20250929',
    max_tokens: 3,
    temperature: 0,
    messages: [{ role: 'user', content: '下一条消息是用什么语言写的？只回答ISO 639-1代码。' }, { role: 'user', content: xiaoxi }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
