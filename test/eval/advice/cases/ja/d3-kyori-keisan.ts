import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d3KyoriKeisan(jouken: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-5-20250929',
    max_tokens: 4,
    temperature: 0,
    messages: [{ role: 'user', content: `条件：\n${jouken}\n\n二人が出会うのは出発地点から何キロメートルの地点ですか？数字だけで答えてください。` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
