import OpenAI from 'openai';

const openai = new OpenAI();

export async function translateLegal(clause: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o',
    messages: [
      { role: 'user', content: `Translate this share purchase agreement clause into German, preserving legal meaning exactly:\n${clause}` },
    ],
    max_completion_tokens: 800,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
