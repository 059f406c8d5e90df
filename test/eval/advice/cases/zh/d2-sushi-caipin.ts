import OpenAI from 'openai';

const openai = new OpenAI();

export async function d2SushiCaipin(caipin: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o',
    messages: [
      { role: 'user', content: `菜品及配料：\n${caipin}\n\n哪道菜是素食？只回答编号。` },
    ],
    max_completion_tokens: 2,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
