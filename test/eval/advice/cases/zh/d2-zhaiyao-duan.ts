import OpenAI from 'openai';

const openai = new OpenAI();

export async function d2ZhaiyaoDuan(duihua: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-2024-08-06',
    messages: [
      { role: 'user', content: `用一句话（不超过二十个字）概括这段客服对话：\n${duihua}` },
    ],
    max_tokens: 30,
    temperature: 0.2,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
