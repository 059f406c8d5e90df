import OpenAI from 'openai';

const openai = new OpenAI();

export async function categoriaRichiesta(richiesta: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o',
    messages: [
      { role: 'system', content: 'Assegna la richiesta a una categoria tra: fatturazione, spedizione, reso, account, altro. Rispondi solo con la categoria.' },
      { role: 'user', content: richiesta },
    ],
    max_completion_tokens: 4,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
