import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d3HizukeSeikika(hizuke: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 12,
    temperature: 0,
    messages: [{ role: 'user', content: '次の日付をYYYY-MM-DD形式に変換し、日付だけを出力してください：' + hizuke }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
