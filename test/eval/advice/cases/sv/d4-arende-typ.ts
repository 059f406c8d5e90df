import OpenAI from 'openai';

const openai = new OpenAI();

export async function d4ArendeTyp(meddelande: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Meddelande:\n${meddelande}\n\nÄr meddelandet en beställning, en fråga eller ett klagomål? Svara med ett ord: beställning, fråga eller klagomål.` },
    ],
    max_tokens: 4,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
