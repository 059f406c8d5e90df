import OpenAI from 'openai';

const openai = new OpenAI();

export async function d4Konkurrensklausul(avtal: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o',
    messages: [
      { role: 'user', content: `Avtal:\n${avtal}\n\nÄr konkurrensklausulen skälig enligt svensk rätt? Svara ja eller nej.` },
    ],
    max_completion_tokens: 2,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
