import OpenAI from 'openai';

const openai = new OpenAI();

export async function d2Jemok(gesigeul: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `게시글:\n${gesigeul}\n\n10자 이내의 제목을 붙여 주세요.` },
    ],
    max_tokens: 12,
    temperature: 0.3,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
