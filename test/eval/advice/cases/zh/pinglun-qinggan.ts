import OpenAI from 'openai';

const openai = new OpenAI();

export async function pinglunQinggan(pinglun: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `评论：${pinglun}\n这条评论的情感是正面、负面还是中性？只回答一个词。` },
    ],
    max_completion_tokens: 3,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
