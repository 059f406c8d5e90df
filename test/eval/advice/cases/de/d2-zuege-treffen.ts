import OpenAI from 'openai';

const openai = new OpenAI();

export async function d2ZuegeTreffen(angaben: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Angaben zu den beiden Zügen:\n${angaben}\n\nUm wie viel Uhr begegnen sich die Züge? Antworte nur mit der Uhrzeit im Format HH:MM.` },
    ],
    max_tokens: 4,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
