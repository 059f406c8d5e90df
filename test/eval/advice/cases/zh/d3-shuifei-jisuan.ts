import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';

const openai = new OpenAI();

const D3ShuifeiJisuanSchema = z.object({
  tax: z.number(),
});

export async function d3ShuifeiJisuan(gongzi: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-2024-08-06',
    messages: [
      { role: 'user', content: `工资条：\n${gongzi}\n\n按照中国个人所得税累进税率计算本月应缴个税。` },
    ],
    max_completion_tokens: 20,
    temperature: 0,
    response_format: zodResponseFormat(D3ShuifeiJisuanSchema, 'd3_shuifei_jisuan'),
  });
  return JSON.parse(completion.choices[0].message.content ?? '{}');
}
