import OpenAI from 'openai';

const openai = new OpenAI();

export async function d3Dingdanhao(xiaoxi: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `客户消息：\n${xiaoxi}\n\n提取订单号。` },
    ],
    max_tokens: 20,
    temperature: 0,
    response_format: {
      type: 'json_schema',
      json_schema: {
        name: 'd3_dingdanhao',
        strict: true,
        schema: {
          type: 'object',
          properties: {
            orderNumber: {
              type: 'string',
            },
          },
          required: ['orderNumber'],
          additionalProperties: false,
        },
      },
    },
  });
  return JSON.parse(completion.choices[0].message.content ?? '{}');
}
