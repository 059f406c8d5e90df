import OpenAI from 'openai';

const openai = new OpenAI();

export async function d4YalanciBulmaca(bulmaca: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Bulmaca:\n${bulmaca}\n\nHangi kişi yalan söylüyor? Sadece adını yaz.` },
    ],
    max_tokens: 4,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
