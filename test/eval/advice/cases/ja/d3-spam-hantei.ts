import OpenAI from 'openai';

const openai = new OpenAI();

export async function d3SpamHantei(mail: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: '次のメールはスパムですか？「はい」か「いいえ」だけで答えてください。' },
      { role: 'user', content: mail },
    ],
    max_completion_tokens: 3,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
