import OpenAI from 'openai';

const openai = new OpenAI();

export async function isOutOfOffice(reply: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o',
    messages: [
      { role: 'user', content: `Is this an out-of-office auto reply? yes/no\n\n${reply}` },
    ],
    max_completion_tokens: 1,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
