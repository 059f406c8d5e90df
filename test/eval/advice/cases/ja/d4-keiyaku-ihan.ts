import OpenAI from 'openai';

const openai = new OpenAI();

export async function d4KeiyakuIhan(keiyakusho: string, koui: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `契約書：\n${keiyakusho}\n\n相手方の行為：\n${koui}\n\nこの行為は契約違反に当たりますか？「はい」か「いいえ」だけで答えてください。` },
    ],
    max_tokens: 2,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
