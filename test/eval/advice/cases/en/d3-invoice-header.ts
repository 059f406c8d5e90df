import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';

const openai = new OpenAI();

const D3InvoiceHeaderSchema = z.object({
  invoiceNumber: z.string(),
  issueDate: z.string(),
  dueDate: z.string(),
  supplierName: z.string(),
  vatId: z.string(),
  currency: z.enum(['EUR', 'USD', 'GBP', 'CHF']),
  netAmount: z.number(),
  totalAmount: z.number(),
});

export async function d3InvoiceHeader(invoiceText: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o',
    messages: [
      { role: 'system', content: 'You turn supplier invoices into accounting records.' },
      { role: 'user', content: `Invoice text:\n${invoiceText}` },
    ],
    max_tokens: 200,
    temperature: 0,
    response_format: zodResponseFormat(D3InvoiceHeaderSchema, 'd3_invoice_header'),
  });
  return JSON.parse(completion.choices[0].message.content ?? '{}');
}
