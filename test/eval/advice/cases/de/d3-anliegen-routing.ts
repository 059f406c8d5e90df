import OpenAI from 'openai';

const openai = new OpenAI();

export async function d3AnliegenRouting(nachricht: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o',
    messages: [
      { role: 'system', content: 'Du leitest Kundennachrichten eines Energieversorgers weiter.' },
      { role: 'user', content: `Nachricht:\n${nachricht}\n\nOrdne die Nachricht genau einer Kategorie zu: Zählerstand, Abschlag, Umzug, Tarifwechsel oder Störung. Gib nur die Kategorie aus.` },
    ],
    max_completion_tokens: 6,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
