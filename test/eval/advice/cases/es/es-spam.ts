import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';

const openai = new OpenAI();

const EsSpamSchema = z.object({
  esSpam: z.boolean(),
});

export async function esSpam(mensaje: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o',
    messages: [
      { role: 'user', content: `Mensaje recibido por el formulario de contacto:\n${mensaje}\n¿Es spam?` },
    ],
    max_tokens: 10,
    temperature: 0,
    response_format: zodResponseFormat(EsSpamSchema, 'es_spam'),
  });
  return JSON.parse(completion.choices[0].message.content ?? '{}');
}
