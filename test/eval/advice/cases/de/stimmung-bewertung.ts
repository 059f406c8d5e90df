import OpenAI from 'openai';

const openai = new OpenAI();

export async function stimmungBewertung(bewertung: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Bewertung: ${bewertung}\n\nIst die Stimmung positiv, negativ oder neutral? Nur das Wort.` },
    ],
    max_tokens: 3,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
