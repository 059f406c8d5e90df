import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function taitoruSeisei(kaiwa: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-20250514',
    max_tokens: 20,
    temperature: 0.3,
    system: '会話の内容を表す短いタイトル（15文字以内）を付けてください。',
    messages: [{ role: 'user', content: kaiwa }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
