import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function lajiXinxi(duanxin: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-5-20250929',
    max_tokens: 2,
    temperature: 0,
    messages: [{ role: 'user', content: `这条短信是垃圾广告吗？回答 true 或 false。\n${duanxin}` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
