import OpenAI from 'openai';

const openai = new OpenAI();

export async function keigoHantei(bunsho: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'system', content: '文章が敬語かどうかを判定してください。' },
      { role: 'user', content: bunsho },
    ],
    max_tokens: 6,
    temperature: 0,
    response_format: {
      type: 'json_schema',
      json_schema: {
        name: 'keigo_hantei',
        strict: true,
        schema: {
          type: 'object',
          properties: {
            keigo: {
              type: 'boolean',
            },
          },
          required: ['keigo'],
          additionalProperties: false,
        },
      },
    },
  });
  return JSON.parse(completion.choices[0].message.content ?? '{}');
}
