import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';

const openai = new OpenAI();

const InvoiceChuchulSchema = z.object({
  saeopja: z.string(),
  ilja: z.string(),
  hapgye: z.number(),
});

export async function invoiceChuchul(invoice: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-2024-08-06',
    messages: [
      { role: 'user', content: `다음 세금계산서에서 사업자등록번호, 작성일자, 합계금액을 추출하세요.\n\n${invoice}` },
    ],
    max_completion_tokens: 60,
    temperature: 0,
    response_format: zodResponseFormat(InvoiceChuchulSchema, 'invoice_chuchul'),
  });
  return JSON.parse(completion.choices[0].message.content ?? '{}');
}
