import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';

const openai = new OpenAI();

const SpamKommentarSchema = z.object({
  spam: z.boolean(),
});

export async function spamKommentar(kommentar: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-2024-08-06',
    messages: [
      { role: 'user', content: `Ist dieser Kommentar Werbung oder Spam?\n\n${kommentar}` },
    ],
    max_completion_tokens: 10,
    temperature: 0,
    response_format: zodResponseFormat(SpamKommentarSchema, 'spam_kommentar'),
  });
  return JSON.parse(completion.choices[0].message.content ?? '{}');
}
