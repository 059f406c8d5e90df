import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';

const openai = new OpenAI();

const InvoiceFieldsSchema = z.object({
  invoiceNumber: z.string(),
  total: z.number(),
  currency: z.string(),
});

export async function invoiceFields(invoiceText: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o',
    messages: [
      { role: 'user', content: `Extract the invoice number, total and currency from this invoice text.\n\n${invoiceText}` },
    ],
    max_tokens: 80,
    temperature: 0,
    response_format: zodResponseFormat(InvoiceFieldsSchema, 'invoice_fields'),
  });
  return JSON.parse(completion.choices[0].message.content ?? '{}');
}
