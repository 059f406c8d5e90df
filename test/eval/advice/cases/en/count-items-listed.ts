import OpenAI from 'openai';

const openai = new OpenAI();

export async function countItemsListed(list: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Here is a grocery list:\n${list}\nHow many distinct items are on it? Number only.` },
    ],
    max_tokens: 3,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
