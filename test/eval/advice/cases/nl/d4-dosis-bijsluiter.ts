import OpenAI from 'openai';

const openai = new OpenAI();

export async function d4DosisBijsluiter(bijsluiter: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Bijsluiter:\n${bijsluiter}\n\nHoeveel ml per keer vermeldt de bijsluiter? Alleen het getal.` },
    ],
    max_completion_tokens: 4,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
