import OpenAI from 'openai';

const openai = new OpenAI();

export async function d2Pozitivnost(otzyv: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o',
    messages: [
      { role: 'user', content: `Отзыв:\n${otzyv}\n\nОцени от 0 до 100, насколько позитивен этот отзыв. Только число.` },
    ],
    max_completion_tokens: 4,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
