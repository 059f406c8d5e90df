import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';

const openai = new OpenAI();

const DadosNotaFiscalSchema = z.object({
  cnpj: z.string(),
  dataEmissao: z.string(),
  valorTotal: z.number(),
});

export async function dadosNotaFiscal(nota: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-2024-08-06',
    messages: [
      { role: 'user', content: `Extraia o CNPJ do emitente, a data de emissão e o valor total da nota fiscal abaixo.\n\n${nota}` },
    ],
    max_completion_tokens: 60,
    temperature: 0,
    response_format: zodResponseFormat(DadosNotaFiscalSchema, 'dados_nota_fiscal'),
  });
  return JSON.parse(completion.choices[0].message.content ?? '{}');
}
