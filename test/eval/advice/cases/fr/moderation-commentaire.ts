import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function moderationCommentaire(commentaire: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 5,
    temperature: 0,
    system: 'Modère les commentaires du forum : acceptable, insultant, publicitaire.',
    messages: [{ role: 'user', content: `Commentaire : ${commentaire}` }],
    tools: [
      {
        name: 'record_result',
        description: 'Record the result.',
        input_schema: {
          type: 'object',
          properties: {
            verdict: {
              type: 'string',
              enum: ['acceptable', 'insultant', 'publicitaire'],
            },
          },
          required: ['verdict'],
          additionalProperties: false,
        },
      },
    ],
    tool_choice: { type: 'tool', name: 'record_result' },
  });
  const block = message.content.find((b) => b.type === 'tool_use');
  return block?.type === 'tool_use' ? block.input : null;
}
