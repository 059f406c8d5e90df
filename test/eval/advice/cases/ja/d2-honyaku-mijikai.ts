import OpenAI from 'openai';

const openai = new OpenAI();

export async function d2HonyakuMijikai(message: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `次のメッセージを英語に翻訳してください：\n${message}` },
    ],
    max_tokens: 40,
    temperature: 0.2,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
