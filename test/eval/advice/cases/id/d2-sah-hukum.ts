import OpenAI from 'openai';

const openai = new OpenAI();

export async function d2SahHukum(kontrak: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Kontrak kerja:\n${kontrak}\n\nApakah klausul non-kompetisi ini sah secara hukum di Indonesia? Jawab ya atau tidak.` },
    ],
    max_tokens: 2,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
