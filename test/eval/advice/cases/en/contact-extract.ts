import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function contactExtract(signature: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: 60,
    temperature: 0,
    system: `Pull out the person's name, job title and company.`,
    messages: [{ role: 'user', content: `Email signature:\n${signature}` }],
    tools: [
      {
        name: 'record_result',
        description: 'Record the result.',
        input_schema: {
          type: 'object',
          properties: {
            name: {
              type: 'string',
            },
            jobTitle: {
              type: 'string',
            },
            company: {
              type: 'string',
            },
          },
          required: ['name', 'jobTitle', 'company'],
          additionalProperties: false,
        },
      },
    ],
    tool_choice: { type: 'tool', name: 'record_result' },
  });
  const block = message.content.find((b) => b.type === 'tool_use');
  return block?.type === 'tool_use' ? block.input : null;
}
