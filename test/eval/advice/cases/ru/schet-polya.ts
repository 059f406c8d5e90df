import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';

const openai = new OpenAI();

const SchetPolyaSchema = z.object({
  inn: z.string(),
  data: z.string(),
  summa: z.number(),
});

export async function schetPolya(schet: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o',
    messages: [
      { role: 'user', content: `Извлеки из счёта ИНН продавца, дату и итоговую сумму.\n\n${schet}` },
    ],
    max_tokens: 60,
    temperature: 0,
    response_format: zodResponseFormat(SchetPolyaSchema, 'schet_polya'),
  });
  return JSON.parse(completion.choices[0].message.content ?? '{}');
}
