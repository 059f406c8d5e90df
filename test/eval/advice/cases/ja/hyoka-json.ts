import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function hyokaJson(comment: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-5-20250929',
    max_tokens: 10,
    temperature: 0,
    messages: [{ role: 'user', content: `お客様のコメント：${comment}\n満足度を1〜5で評価し、{"score": N} の形式のJSONだけを返してください。` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
