import OpenAI from 'openai';

const openai = new OpenAI();

export async function d4NisankaTanso(mondai: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `問題：\n${mondai}\n\n発生する二酸化炭素は何グラムですか？数字だけで答えてください。` },
    ],
    max_completion_tokens: 4,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
