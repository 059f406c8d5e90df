import OpenAI from 'openai';

const openai = new OpenAI();

export async function seikyushoChushutsu(seikyusho: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `以下の請求書から請求書番号、合計金額、支払期日を抽出してください。\n\n${seikyusho}` },
    ],
    max_tokens: 60,
    temperature: 0,
    response_format: {
      type: 'json_schema',
      json_schema: {
        name: 'seikyusho_chushutsu',
        strict: true,
        schema: {
          type: 'object',
          properties: {
            bango: {
              type: 'string',
            },
            gokei: {
              type: 'number',
            },
            kijitsu: {
              type: 'string',
            },
          },
          required: ['bango', 'gokei', 'kijitsu'],
          additionalProperties: false,
        },
      },
    },
  });
  return JSON.parse(completion.choices[0].message.content ?? '{}');
}
