import OpenAI from 'openai';

const openai = new OpenAI();

export async function d2KategoriTiket(tiket: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o',
    messages: [
      { role: 'user', content: `Tiket:\n${tiket}\n\nJawab dengan satu kata saja: tagihan, pengiriman, atau pengembalian.` },
    ],
    max_completion_tokens: 4,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
