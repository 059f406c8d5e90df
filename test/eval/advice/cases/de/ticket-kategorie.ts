import OpenAI from 'openai';

const openai = new OpenAI();

export async function ticketKategorie(anfrage: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o',
    messages: [
      { role: 'system', content: 'Du sortierst Kundenanfragen eines Onlineshops.' },
      { role: 'user', content: `Ordne die folgende Anfrage genau einer dieser Kategorien zu: Rechnung, Versand, Rückgabe, Konto, Sonstiges. Antworte nur mit dem Namen der Kategorie.\n\nAnfrage:\n${anfrage}` },
    ],
    max_completion_tokens: 5,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
