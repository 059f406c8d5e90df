import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';

const openai = new OpenAI();

const SpamYeobuSchema = z.object({
  spam: z.boolean(),
});

export async function spamYeobu(munja: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o',
    messages: [
      { role: 'user', content: `이 문자가 스팸인가요?\n${munja}` },
    ],
    max_tokens: 10,
    temperature: 0,
    response_format: zodResponseFormat(SpamYeobuSchema, 'spam_yeobu'),
  });
  return JSON.parse(completion.choices[0].message.content ?? '{}');
}
