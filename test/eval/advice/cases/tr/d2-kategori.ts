import OpenAI from 'openai';

const openai = new OpenAI();

export async function d2Kategori(mesaj: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Müşteri mesajı:\n${mesaj}\n\nTek kelimeyle cevap ver: fatura, kargo, iade veya diğer.` },
    ],
    max_tokens: 4,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
