import OpenAI from 'openai';

const openai = new OpenAI();

export async function kuendigungswunsch(mail: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'system', content: 'Erkenne, ob der Kunde seinen Vertrag kündigen möchte.' },
      { role: 'user', content: mail },
    ],
    max_tokens: 8,
    temperature: 0,
    response_format: {
      type: 'json_schema',
      json_schema: {
        name: 'kuendigungswunsch',
        strict: true,
        schema: {
          type: 'object',
          properties: {
            kuendigung: {
              type: 'boolean',
            },
          },
          required: ['kuendigung'],
          additionalProperties: false,
        },
      },
    },
  });
  return JSON.parse(completion.choices[0].message.content ?? '{}');
}
