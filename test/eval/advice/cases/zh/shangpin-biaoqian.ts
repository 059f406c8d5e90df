import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function shangpinBiaoqian(biaoti: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 10,
    temperature: 0,
    system: '为商品选择一个类目：服装、数码、家居、食品、美妆。',
    messages: [{ role: 'user', content: `商品标题：${biaoti}` }],
    tools: [
      {
        name: 'record_result',
        description: 'Record the result.',
        input_schema: {
          type: 'object',
          properties: {
            leimu: {
              type: 'string',
              enum: ['服装', '数码', '家居', '食品', '美妆'],
            },
          },
          required: ['leimu'],
          additionalProperties: false,
        },
      },
    ],
    tool_choice: { type: 'tool', name: 'record_result' },
  });
  const block = message.content.find((b) => b.type === 'tool_use');
  return block?.type === 'tool_use' ? block.input : null;
}
