import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d4TsugiNoTejun(tejun: string, joutai: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-20250514',
    max_tokens: 2,
    temperature: 0,
    messages: [{ role: 'user', content: `作業手順：\n${tejun}\n\n現在の状態：\n${joutai}\n\n次に行うべき手順はどれですか？記号（A〜D）だけで答えてください。` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
