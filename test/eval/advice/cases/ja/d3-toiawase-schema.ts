import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';

const openai = new OpenAI();

const D3ToiawaseSchemaSchema = z.object({
  category: z.enum(['billing', 'delivery', 'product', 'other']),
  urgent: z.boolean(),
});

export async function d3ToiawaseSchema(naiyou: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-2024-08-06',
    messages: [
      { role: 'system', content: 'あなたはコールセンターの問い合わせを振り分けます。' },
      { role: 'user', content: `問い合わせ内容：\n${naiyou}` },
    ],
    temperature: 0,
    response_format: zodResponseFormat(D3ToiawaseSchemaSchema, 'd3_toiawase_schema'),
  });
  return JSON.parse(completion.choices[0].message.content ?? '{}');
}
