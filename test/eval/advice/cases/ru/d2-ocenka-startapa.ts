import OpenAI from 'openai';

const openai = new OpenAI();

export async function d2OcenkaStartapa(pitch: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Питч стартапа:\n${pitch}\n\nОцени от 0 до 100 шансы, что стартап привлечёт инвестиции в этом году. Только число.` },
    ],
    max_tokens: 4,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
