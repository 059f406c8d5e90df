import OpenAI from 'openai';

const openai = new OpenAI();

export async function posinegaHantei(review: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `次のレビューはポジティブですか、ネガティブですか。「ポジティブ」か「ネガティブ」のどちらかだけで答えてください。\n\nレビュー：${review}` },
    ],
    max_tokens: 5,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
