import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';

const openai = new OpenAI();

const FapiaoTiquSchema = z.object({
  haoma: z.string(),
  riqi: z.string(),
  heji: z.number(),
});

export async function fapiaoTiqu(fapiao: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-2024-08-06',
    messages: [
      { role: 'user', content: `从下面的发票文本中提取发票号码、开票日期和价税合计。\n\n${fapiao}` },
    ],
    max_completion_tokens: 60,
    temperature: 0,
    response_format: zodResponseFormat(FapiaoTiquSchema, 'fapiao_tiqu'),
  });
  return JSON.parse(completion.choices[0].message.content ?? '{}');
}
