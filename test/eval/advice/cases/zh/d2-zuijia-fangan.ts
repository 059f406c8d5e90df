import OpenAI from 'openai';

const openai = new OpenAI();

export async function d2ZuijiaFangan(qingkuang: string, fangan: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `我们的情况：${qingkuang}\n\n备选方案：\n${fangan}\n\n哪个方案最适合我们？只回答方案编号。` },
    ],
    max_tokens: 2,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
