import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function addressParse(address: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 120,
    temperature: 0,
    system: 'Parse postal addresses into structured fields. Leave a field empty if absent.',
    messages: [{ role: 'user', content: address }],
    tools: [
      {
        name: 'record_result',
        description: 'Record the result.',
        input_schema: {
          type: 'object',
          properties: {
            street: {
              type: 'string',
            },
            city: {
              type: 'string',
            },
            postcode: {
              type: 'string',
            },
            country: {
              type: 'string',
            },
          },
          required: ['street', 'city', 'postcode', 'country'],
          additionalProperties: false,
        },
      },
    ],
    tool_choice: { type: 'tool', name: 'record_result' },
  });
  const block = message.content.find((b) => b.type === 'tool_use');
  return block?.type === 'tool_use' ? block.input : null;
}
