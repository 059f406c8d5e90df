import OpenAI from 'openai';

const openai = new OpenAI();

export async function d2TemPrazo(email: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `E-mail:\n${email}\n\nO e-mail menciona algum prazo? Responda sim ou não.` },
    ],
    max_tokens: 2,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
