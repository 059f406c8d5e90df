import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d4XinwenLeibie(biaoti: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-5-20250929',
    max_tokens: 4,
    temperature: 0,
    messages: [{ role: 'user', content: `新闻标题：${biaoti}\n\n这条新闻属于哪个类别？只回答：体育、财经、科技 或 娱乐。` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
