import OpenAI from 'openai';

const openai = new OpenAI();

export async function d2GengoCode(message: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o',
    messages: [
      { role: 'user', content: `メッセージ：${message}\n\n何語で書かれていますか？ISO 639-1のコードだけで答えてください。` },
    ],
    max_completion_tokens: 3,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
