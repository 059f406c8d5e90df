import OpenAI from 'openai';

const openai = new OpenAI();

export async function aratoTaiou(alert: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `監視アラート：${alert}\n今すぐ当番のエンジニアを呼び出す必要がありますか？「はい」または「いいえ」で答えてください。` },
    ],
    max_completion_tokens: 3,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
