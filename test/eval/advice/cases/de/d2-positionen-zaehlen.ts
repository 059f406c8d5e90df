import OpenAI from 'openai';

const openai = new OpenAI();

export async function d2PositionenZaehlen(bestellung: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o',
    messages: [
      { role: 'user', content: `Bestellung:\n${bestellung}\n\nWie viele verschiedene Artikel enthält die Bestellung? Nur die Zahl.` },
    ],
    max_completion_tokens: 3,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
