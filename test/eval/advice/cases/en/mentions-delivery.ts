import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function mentionsDelivery(review: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 8,
    temperature: 0,
    system: 'Flag reviews that talk about delivery or packaging.',
    messages: [{ role: 'user', content: `Review: ${review}` }],
    tools: [
      {
        name: 'record_result',
        description: 'Record the result.',
        input_schema: {
          type: 'object',
          properties: {
            mentionsDelivery: {
              type: 'boolean',
            },
          },
          required: ['mentionsDelivery'],
          additionalProperties: false,
        },
      },
    ],
    tool_choice: { type: 'tool', name: 'record_result' },
  });
  const block = message.content.find((b) => b.type === 'tool_use');
  return block?.type === 'tool_use' ? block.input : null;
}
