import OpenAI from 'openai';

const openai = new OpenAI();

export async function d2ZadanieTekstowe(dane: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Dane:\n${dane}\n\nIle litrów wody zostanie w zbiorniku po trzech godzinach? Podaj tylko liczbę.` },
    ],
    max_completion_tokens: 4,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
