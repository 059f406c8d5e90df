import OpenAI from 'openai';

const openai = new OpenAI();

export async function d4Oushu(shuzi: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `数字：${shuzi}\n\n这个数是偶数吗？只回答是或否。` },
    ],
    max_completion_tokens: 2,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
