import OpenAI from 'openai';

const openai = new OpenAI();

export async function d3Responsabilita(sinistro: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Descrizione del sinistro:\n${sinistro}\n\nDi chi è la responsabilità secondo il codice della strada: conducente A, conducente B o concorso di colpa? Rispondi solo con l'etichetta.` },
    ],
    max_tokens: 6,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
