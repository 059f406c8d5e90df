import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';

const openai = new OpenAI();

const ESpamSchema = z.object({
  spam: z.boolean(),
});

export async function eSpam(messaggio: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-2024-08-06',
    messages: [
      { role: 'user', content: `Messaggio: ${messaggio}\nÈ spam?` },
    ],
    max_completion_tokens: 10,
    temperature: 0,
    response_format: zodResponseFormat(ESpamSchema, 'e_spam'),
  });
  return JSON.parse(completion.choices[0].message.content ?? '{}');
}
