import OpenAI from 'openai';

const openai = new OpenAI();

export async function d3ItoBunrui(hatsugen: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `ユーザーの発言：${hatsugen}\n\n意図を「予約」「変更」「キャンセル」「問い合わせ」のどれか一つで答えてください。` },
    ],
    max_tokens: 4,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
