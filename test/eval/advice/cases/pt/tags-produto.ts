import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function tagsProduto(produto: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 20,
    temperature: 0,
    system: 'Escolha até duas tags da lista: eletrônicos, casa, moda, esporte, beleza, brinquedos.',
    messages: [{ role: 'user', content: `Produto: ${produto}` }],
    tools: [
      {
        name: 'record_result',
        description: 'Record the result.',
        input_schema: {
          type: 'object',
          properties: {
            tags: {
              type: 'array',
              items: {
                type: 'string',
              },
            },
          },
          required: ['tags'],
          additionalProperties: false,
        },
      },
    ],
    tool_choice: { type: 'tool', name: 'record_result' },
  });
  const block = message.content.find((b) => b.type === 'tool_use');
  return block?.type === 'tool_use' ? block.input : null;
}
