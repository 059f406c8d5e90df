import OpenAI from 'openai';

const openai = new OpenAI();

export async function d3Kategori(meddelande: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o',
    messages: [
      { role: 'user', content: `Meddelande:\n${meddelande}\n\nSvara med exakt ett ord: faktura, leverans, retur eller övrigt.` },
    ],
    max_completion_tokens: 4,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
